using MaGuide.Web.Content;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaGuide.Web.Pages.Sources;

public sealed class IndexModel(GuideCatalog catalog) : PageModel, IHasPageMeta
{
    public IReadOnlyList<SourceEntry> Sources { get; } =
        [.. catalog.Sources.Values.OrderBy(s => s.Publisher, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Title, StringComparer.OrdinalIgnoreCase)];

    /// <summary>For each source id, the guides that cite it.</summary>
    public ILookup<string, Guide> CitedBy { get; } =
        catalog.Guides.SelectMany(g => g.SourceIds.Select(id => (id, g))).ToLookup(x => x.id, x => x.g, StringComparer.Ordinal);

    public PageMeta Meta { get; } = new()
    {
        Title = "Sources",
        Description = "Every source MaGuide relies on, with its publisher, period, kind and link.",
        Path = "/sources",
        Breadcrumbs = [new("Home", "/"), new("Sources", null)],
    };
}
