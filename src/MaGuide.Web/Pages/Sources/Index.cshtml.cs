using MaGuide.Web.Content;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaGuide.Web.Pages.Sources;

public sealed class IndexModel(SourcesQuery query, GuideCatalog catalog) : PageModel, IHasPageMeta
{
    public IReadOnlyList<SourceUsage> Sources { get; private set; } = [];

    /// <summary>For each source id, the guides that cite it.</summary>
    public ILookup<string, Guide> CitedBy { get; } =
        catalog.Guides.SelectMany(g => g.SourceIds.Select(id => (id, g))).ToLookup(x => x.id, x => x.g, StringComparer.Ordinal);

    public PageMeta Meta { get; } = new()
    {
        Title = "Sources",
        Description = "Every source MaGuide relies on, with its publisher, period, kind and link, and what on the site rests on it.",
        Path = SiteLinks.Sources,
        Breadcrumbs = [Crumb.Home, new("Sources", null)],
    };

    public async Task OnGetAsync(CancellationToken ct) => Sources = await query.AllAsync(ct);
}
