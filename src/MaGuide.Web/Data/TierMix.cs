using System.Globalization;
using MaGuide.Web.Data.Trust;

namespace MaGuide.Web.Data;

/// <summary>
/// How many figures or rules sit in each trust tier (<see cref="Trust.Trust"/>), plus those with none: a rule
/// whose status is unknown, or a task with no rule at all. Shown per table and per state on /data/quality and
/// printed by <c>check</c>, in the same words.
/// </summary>
public sealed record TierMix(int Official, int Confirmed, int Reported, int Unknown)
{
    public static TierMix Empty { get; } = new(0, 0, 0, 0);

    public int Total => Official + Confirmed + Reported + Unknown;

    /// <summary>The tiers in the order readers see them, with their counts: official, confirmed, reported, unknown.</summary>
    public IReadOnlyList<(string Name, int Count)> Parts =>
        [("official", Official), ("confirmed", Confirmed), ("reported", Reported), ("unknown", Unknown)];

    /// <summary>A count's share of the total, 0 when there is nothing to count.</summary>
    public double Share(int count) => Total == 0 ? 0 : (double)count / Total;

    /// <summary>A count with its share, e.g. "12 (9%)".</summary>
    public string CountWithShare(int count) => $"{count} ({(Share(count) * 100).ToString("0", CultureInfo.InvariantCulture)}%)";

    /// <summary>The mix in words, e.g. "official 12 (9%), confirmed 20 (16%), reported 96 (75%), unknown 0 (0%)".</summary>
    public string InWords() => string.Join(", ", Parts.Select(p => $"{p.Name} {CountWithShare(p.Count)}"));

    /// <summary>Counts a sequence of tiers; null is unknown.</summary>
    public static TierMix Of(IEnumerable<TrustTier?> tiers)
    {
        int official = 0, confirmed = 0, reported = 0, unknown = 0;
        foreach (var tier in tiers)
        {
            switch (tier)
            {
                case TrustTier.Official: official++; break;
                case TrustTier.Confirmed: confirmed++; break;
                case TrustTier.Reported: reported++; break;
                default: unknown++; break;
            }
        }

        return new(official, confirmed, reported, unknown);
    }
}
