using Microsoft.Extensions.Caching.Memory;

namespace MaGuide.Web.Queries;

/// <summary>
/// Answers of store queries, kept for the life of the process. The store a process serves never changes its data:
/// each data version has its own file, and a damaged file is rebuilt to the same version (see
/// <see cref="Data.StoreFile"/>). So a query asked twice with the same arguments has the same answer, and a page
/// rendered without the output cache (a query string it does not vary on, a cache eviction, a new encoding) costs
/// only its Razor rendering. Bounded: at most <see cref="Capacity"/> answers (arguments such as a state code come
/// from the address, so an attacker must not grow it without limit); past that, least recently used answers go.
/// A query that throws (a damaged store) is not remembered, so it is asked again once the store heals.
/// Off with <c>Store:MemoizeQueries=false</c> (the store-fault tests read the store on every request).
/// </summary>
public sealed class StoreMemo(IConfiguration configuration) : IDisposable
{
    /// <summary>A memo that remembers nothing: for a query built outside the running site (tokens in <c>check</c>, tests).</summary>
    public static StoreMemo None { get; } = new(new ConfigurationBuilder().AddInMemoryCollection([new("Store:MemoizeQueries", "false")]).Build());

    /// <summary>Answers kept at most (each counts 1).</summary>
    public const int Capacity = 4096;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = Capacity, CompactionPercentage = 0.25 });
    private readonly bool enabled = configuration.GetValue("Store:MemoizeQueries", true);

    /// <summary>
    /// The remembered answer for <paramref name="key"/> (a query name and its arguments, e.g. <c>state-profile:TX</c>),
    /// else <paramref name="load"/>'s answer, remembered (null answers too). Two requests that miss at once both load;
    /// the answers are equal, so either may be kept.
    /// </summary>
    public async Task<T> GetAsync<T>(string key, Func<CancellationToken, Task<T>> load, CancellationToken ct)
    {
        if (!enabled)
        {
            return await load(ct);
        }

        if (cache.TryGetValue(key, out Box? box) && box is not null)
        {
            return (T)box.Value!;
        }

        var value = await load(ct);
        cache.Set(key, new Box(value), new MemoryCacheEntryOptions { Size = 1 });
        return value;
    }

    /// <summary>How many answers are kept now (at most <see cref="Capacity"/>, after the cache's compaction has run).</summary>
    public int Count => cache.Count;

    public void Dispose() => cache.Dispose();

    private sealed record Box(object? Value);
}
