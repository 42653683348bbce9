using MaGuide.Web.Content;
using MaGuide.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaGuide.Web.Pages.Data;

public sealed class IndexModel : PageModel, IHasPageMeta
{
    public IReadOnlyList<string> Tables => DataPages.Tables;

    public PageMeta Meta { get; } = new()
    {
        Title = "Open data",
        Description = "Download every table behind MaGuide as CSV or JSON: pay, projections, state scope rules, role facts and their sources.",
        Path = SiteLinks.Data,
        Breadcrumbs = [Crumb.Home, new("Open data", null)],
    };
}
