using MaGuide.Web.Content;
using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data;

namespace MaGuide.Web.Queries;

/// <summary>
/// Site search: keeps one <see cref="SearchIndex"/> per guide catalog (rebuilt when the guides reload), built from
/// <see cref="SearchPages"/>, the store's states and <c>content/search-terms.yaml</c>.
/// </summary>
public sealed partial class SearchService(GuideCatalogSource catalogs, IDbContextFactory<MaGuideDb> store, ContentPaths paths, ILogger<SearchService> logger) : IDisposable
{
    private (GuideCatalog Catalog, SearchIndex Index)? current;
    private readonly Lock gate = new();

    /// <summary>The search page's answer: hits best first, and the corrected query when a typed word was corrected.</summary>
    public SearchResults Find(string query, int limit = 20) => Index().Search(query, limit);

    /// <summary>Hits only (the 404 page's suggestions use <paramref name="anyWord"/>: pages matching any word).</summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20, bool anyWord = false) => Index().Search(query, limit, anyWord).Hits;

    /// <summary>The index for the current catalog, building it on first use after a reload.</summary>
    public SearchIndex Index()
    {
        var catalog = catalogs.Current;
        lock (gate)
        {
            if (current is not { } built || !ReferenceEquals(built.Catalog, catalog))
            {
                // The old index is left to the garbage collector: a search may still be running on it.
                current = (catalog, Build(catalog));
            }

            return current.Value.Index;
        }
    }

    public void Dispose() => current?.Index.Dispose();

    private SearchIndex Build(GuideCatalog catalog)
    {
        var problems = new List<ContentProblem>();
        var terms = SearchTerms.Load(paths, problems);
        foreach (var problem in problems)
        {
            LogTermsProblem(logger, problem.ToString());
        }

        using var db = store.CreateDbContext();
        var states = db.Areas.Where(a => a.IsState).ToList().Select(a => new SearchState(a.Code, a.Name, SiteLinks.State(a.Code)));
        return SearchIndex.Build(SearchPages.All(catalog, db), terms, states);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search terms: {Problem} (the entry is left out of search)")]
    private static partial void LogTermsProblem(ILogger logger, string problem);
}
