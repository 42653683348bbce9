namespace MaGuide.Web.Data.Trust;

/// <summary>
/// Which sources count as independent of each other. Two sources are one witness when they share an address
/// (ignoring scheme, <c>www.</c> and a trailing slash), when both are non-official pages on the same host, or when
/// one names the other in <c>derived_from</c> (directly or through a chain).
/// </summary>
public sealed class SourceIndex
{
    private readonly Dictionary<string, Source> sources;
    private readonly Dictionary<string, string> parent = new(StringComparer.Ordinal);

    public SourceIndex(IEnumerable<Source> sources)
    {
        this.sources = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var id in this.sources.Keys)
        {
            parent[id] = id;
        }

        foreach (var group in this.sources.Values.GroupBy(s => Address(s.Url), StringComparer.Ordinal))
        {
            JoinAll(group.Select(s => s.Id));
        }

        foreach (var group in this.sources.Values.Where(s => s.Kind != SourceKinds.Official).GroupBy(s => Host(s.Url), StringComparer.Ordinal))
        {
            JoinAll(group.Select(s => s.Id));
        }

        foreach (var source in this.sources.Values)
        {
            foreach (var other in DerivedFrom(source).Where(this.sources.ContainsKey))
            {
                Join(source.Id, other);
            }
        }
    }

    /// <summary>The source ids a source's <c>derived_from</c> cell names (separated by <c>;</c>).</summary>
    public static IEnumerable<string> DerivedFrom(Source source) =>
        source.DerivedFrom.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool IsOfficial(string? sourceId) => Kind(sourceId) == SourceKinds.Official;

    /// <summary>The source's <c>kind</c>, or an empty string for an unknown or missing id.</summary>
    public string Kind(string? sourceId) => sourceId is not null && sources.TryGetValue(sourceId, out var s) ? s.Kind : "";

    /// <summary>True when the two sources are different witnesses (see the class summary).</summary>
    public bool Independent(string a, string b) => Find(a) != Find(b);

    private static string Address(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? $"{Host(url)}{uri.PathAndQuery.TrimEnd('/')}".ToLowerInvariant() : url;

    private static string Host(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? WithoutWww(uri.Host.ToLowerInvariant().TrimEnd('.')) : url;

    private static string WithoutWww(string host) => host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;

    private void JoinAll(IEnumerable<string> ids)
    {
        string? first = null;
        foreach (var id in ids)
        {
            if (first is null)
            {
                first = id;
            }
            else
            {
                Join(first, id);
            }
        }
    }

    private void Join(string a, string b) => parent[Find(a)] = Find(b);

    private string Find(string id)
    {
        if (!parent.TryGetValue(id, out var p))
        {
            return id;
        }

        return p == id ? id : parent[id] = Find(p);
    }
}
