using MaGuide.Web.Content;
using MaGuide.Web.Infrastructure;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace MaGuide.Web.Pages.Search;

[EnableRateLimiting(SearchLimits.Policy)]
[OutputCache(VaryByQueryKeys = ["q"])]
public sealed class IndexModel(SearchService search, StaticCopy copy, GuideCatalog catalog) : PageModel, IHasPageMeta
{
    /// <summary>True in an exported static copy, where there is no server to search: the page lists every guide instead.</summary>
    public bool IsStaticCopy => copy.IsExport;

    public GuideCatalog Catalog => catalog;

    public string Query { get; private set; } = "";

    public SearchResults Results { get; private set; } = SearchResults.None;

    public IReadOnlyList<SearchHit> Hits => Results.Hits;

    public PageMeta Meta => new()
    {
        Title = Query.Length > 0 ? $"Search: {Query}" : "Search",
        Description = "Search MaGuide's guides, state rules, tasks, pay and role comparisons.",
        Path = SiteLinks.SearchPage,
        Breadcrumbs = [Crumb.Home, new("Search", null)],
    };

    public IActionResult OnGet(string? q)
    {
        Query = (q ?? "").Trim();
        if (Query.Length > SearchIndex.MaxQueryLength)
        {
            return BadRequest();
        }

        Results = search.Find(Query);
        return Page();
    }
}
