using System.Text.RegularExpressions;
using System.Threading.RateLimiting;
using MaGuide.Web.Content;
using Microsoft.Extensions.Caching.Memory;

namespace MaGuide.Web.Queries;

/// <summary>
/// Suggestions for the 404 page, from the words of the address that was not found. A 404 must cost little whatever
/// an attacker sends: the words are reduced to a short sorted set, each set is searched at most once per guide
/// catalog (a bounded cache), and fresh searches are limited to <c>Search:NotFoundSearchesPerSecond</c> (default 20)
/// across all clients; past that the page is a plain 404 without suggestions. Only <see cref="SearchService.Search"/> is called, so this
/// keeps working whatever the search does inside.
/// </summary>
public sealed partial class NotFoundSuggestions(SearchService search, GuideCatalogSource catalogs, IConfiguration configuration) : IDisposable
{
    private const int MaxWords = 4;

    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 4096 });

    private readonly TokenBucketRateLimiter fresh = Limiter(configuration.GetValue("Search:NotFoundSearchesPerSecond", 20));

    /// <summary>Up to five pages for the missing <paramref name="path"/>; empty when there are none or the limit is reached.</summary>
    public IReadOnlyList<SearchHit> For(string path)
    {
        var words = Words(path);
        if (words.Length == 0)
        {
            return [];
        }

        var key = (catalogs.Current.BuiltAtUtc.Ticks, words);
        if (cache.TryGetValue(key, out IReadOnlyList<SearchHit>? hits) && hits is not null)
        {
            return hits;
        }

        using var lease = fresh.AttemptAcquire();
        if (!lease.IsAcquired)
        {
            return [];
        }

        hits = search.Search(words, limit: 5, anyWord: true);
        cache.Set(key, hits, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        return hits;
    }

    /// <summary>The distinct words of three letters or more in a path, sorted, at most four: "/guides/Salary-by-state" → "salary state".</summary>
    public static string Words(string path) =>
        string.Join(' ', WordPattern().Matches(path.Length > 200 ? path[..200] : path)
            .Select(m => m.Value.ToLowerInvariant())
            .Where(w => w.Length >= 3 && w is not ("guides" or "the" or "and"))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Take(MaxWords));

    private static TokenBucketRateLimiter Limiter(int perSecond) => new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = perSecond,
        TokensPerPeriod = perSecond,
        ReplenishmentPeriod = Period,
        QueueLimit = 0,
        AutoReplenishment = true,
    });

    public void Dispose()
    {
        cache.Dispose();
        fresh.Dispose();
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
