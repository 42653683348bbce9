using MaGuide.Web.Content;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaGuide.Web.Pages.Scope;

public sealed class IndexModel(ScopeQuery query) : PageModel, IHasPageMeta
{
    public ScopeOverview Overview { get; private set; } = default!;

    public PageMeta Meta { get; } = new()
    {
        Title = "What medical assistants may do, state by state",
        Description = "One grid of tasks and states: injections, medications, IVs, blood draws, X-rays and more, with what each state's law says and how sure we are.",
        Path = SiteLinks.ScopeOverview,
        Breadcrumbs = [Crumb.Home, new("Scope by state", null)],
    };

    public async Task OnGetAsync(CancellationToken ct) => Overview = await query.OverviewAsync(ct);
}
