using MaGuide.Web.Data;
using MaGuide.Web.Data.Trust;

namespace MaGuide.Web.Queries;

/// <summary>
/// What a page shows about the source of a figure or rule: who, what period, and whether it is the original.
/// A figure's source also carries the figure's <see cref="Tier"/>, so every note beside a figure says how sure
/// we are in the one vocabulary of <see cref="Trust"/>; a rule's or a page's source has no tier (rules say their
/// confidence instead).
/// </summary>
public sealed record SourceRef(string Id, string Kind, string Title, string Publisher, string Url, string Period)
{
    public static SourceRef From(Source source) =>
        new(source.Id, source.Kind, source.Title, source.Publisher, source.Url, source.Period);

    public bool IsOfficial => Kind == SourceKinds.Official;

    /// <summary>The trust tier of the figure this source backs (computed by <see cref="Trust"/>); null for rules and pages.</summary>
    public TrustTier? Tier { get; init; }

    /// <summary>This source as the source of a figure of the given tier.</summary>
    public SourceRef ForFigure(TrustTier tier) => this with { Tier = tier };

    /// <summary>
    /// This source as the source of a figure no other row can confirm (a role fact, a training or credential
    /// figure): official when the source is, else reported by one source.
    /// </summary>
    public SourceRef ForSingleFigure() => ForFigure(IsOfficial ? TrustTier.Official : TrustTier.Reported);

    /// <summary>The kind in words, as every note on a rule or page says it.</summary>
    public string KindInWords => Trust.KindInWords(Kind);

    /// <summary>How sure we are, in words: the figure's tier when it backs a figure, else the kind of source.</summary>
    public string TrustInWords => Tier is { } tier ? Trust.Label(tier) : KindInWords;

    /// <summary>The CSS modifier of the tag that shows <see cref="TrustInWords"/>.</summary>
    public string TrustTag => Tier is { } tier ? Trust.Name(tier) : Kind;
}

/// <summary>Loads sources once per query so read models can name them.</summary>
public static class SourceLookup
{
    public static async Task<Dictionary<string, SourceRef>> LoadAsync(MaGuideDb db, CancellationToken ct) =>
        (await db.Sources.ToListAsync(ct)).ToDictionary(s => s.Id, SourceRef.From, StringComparer.Ordinal);
}
