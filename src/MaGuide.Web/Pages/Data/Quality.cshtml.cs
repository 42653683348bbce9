using MaGuide.Web.Content;
using MaGuide.Web.Data;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaGuide.Web.Pages.Data;

public sealed class QualityModel(QualityQuery query) : PageModel, IHasPageMeta
{
    public QualityReport Report { get; private set; } = default!;

    public PageMeta Meta { get; } = new()
    {
        Title = "Data quality: what rests on what",
        Description = "How sure we are of MaGuide's data, by table and by state; the periods it covers; where sources conflict; and what we could not verify.",
        Path = SiteLinks.DataQuality,
        Breadcrumbs = [Crumb.Home, new("Open data", SiteLinks.Data), new("Data quality", null)],
    };

    public async Task OnGetAsync(CancellationToken ct) => Report = await query.GetAsync(ct);
}
