using MaGuide.Web.Data;
using MaGuide.Web.Data.Trust;

namespace MaGuide.Web.Queries;

/// <summary>What a page shows about the source of a figure or rule: who, what period, and whether it is the original.</summary>
public sealed record SourceRef(string Id, string Kind, string Title, string Publisher, string Url, string Period)
{
    public static SourceRef From(Source source) =>
        new(source.Id, source.Kind, source.Title, source.Publisher, source.Url, source.Period);

    public bool IsOfficial => Kind == SourceKinds.Official;

    /// <summary>The kind in words, as every footnote says it.</summary>
    public string KindInWords => Kind switch
    {
        SourceKinds.Official => "official source",
        SourceKinds.Copy => "unofficial copy of the official text",
        _ => "quotes other sources; not checked against the original",
    };
}

/// <summary>Loads sources once per query so read models can name them.</summary>
public static class SourceLookup
{
    public static async Task<Dictionary<string, SourceRef>> LoadAsync(MaGuideDb db, CancellationToken ct) =>
        (await db.Sources.ToListAsync(ct)).ToDictionary(s => s.Id, SourceRef.From, StringComparer.Ordinal);
}
