namespace MaGuide.Web.Data.Trust;

/// <summary>
/// One row of a figure table as the trust rules see it: the group it belongs to (role, area and period, or the
/// table's own key), its source, its statistics in the table's fixed column order (null = the source did not say),
/// which of those are the headline statistic in order of preference, and the editor's override reason, if any.
/// </summary>
public sealed record FigureEvidence(string Key, string SourceId, IReadOnlyList<decimal?> Values, IReadOnlyList<int> Headline, bool PeriodInferred = false, string PreferredBecause = "")
{
    /// <summary>The index of the statistic this row is shown by: the first headline column it fills, or null.</summary>
    public int? HeadlineIndex => Headline.Where(i => Values[i] is not null).Select(i => (int?)i).FirstOrDefault();

    public int Filled => Values.Count(v => v is not null);
}

/// <summary>What the trust rules decided about one figure row.</summary>
public readonly record struct FigureVerdict(TrustTier Tier, bool Preferred);

/// <summary>
/// The one place that decides how far a figure or rule can be trusted, which row of a conflict is shown, and
/// how a state's rules are labelled as a whole. Pages, tokens, downloads and <c>check</c> all use its results.
/// The rules are documented in content/data/README.md ("Trust tiers").
/// </summary>
public static partial class Trust
{
    /// <summary>
    /// The tier of every row, and the preferred row of each key: the editor's override if a row has one, else the
    /// highest tier, then a printed period over an inferred one, then the row led by the more preferred headline
    /// statistic (wages: a median before a mean, so a mean added beside a median of the same standing does not take its
    /// place), then the most figures filled, then file order.
    /// </summary>
    public static FigureVerdict[] RankFigures(IReadOnlyList<FigureEvidence> rows, SourceIndex sources)
    {
        var verdicts = new FigureVerdict[rows.Count];
        foreach (var group in Enumerable.Range(0, rows.Count).GroupBy(i => rows[i].Key, StringComparer.Ordinal))
        {
            var members = group.ToList();
            var tiers = members.ToDictionary(i => i, i => FigureTier(i, members, rows, sources));
            var chosen = members.FirstOrDefault(i => rows[i].PreferredBecause.Length > 0, -1);
            if (chosen < 0)
            {
                chosen = members.OrderByDescending(i => tiers[i])
                    .ThenBy(i => rows[i].PeriodInferred)
                    .ThenBy(i => rows[i].HeadlineIndex ?? int.MaxValue)
                    .ThenByDescending(i => rows[i].Filled)
                    .ThenBy(i => i)
                    .First();
            }

            foreach (var i in members)
            {
                verdicts[i] = new FigureVerdict(tiers[i], i == chosen);
            }
        }

        return verdicts;
    }

    /// <summary>
    /// The figure to lead with for one role and place: the highest tier, then the newest period within it.
    /// A newer period is never the headline if it is weaker; see <see cref="NewerButWeaker{T}"/>.
    /// </summary>
    public static T? Headline<T>(IEnumerable<T> rows, Func<T, TrustTier> tier, Func<T, int?> year) where T : class =>
        rows.OrderByDescending(tier).ThenByDescending(r => year(r) ?? int.MinValue).FirstOrDefault();

    /// <summary>The newest figure that is more recent than the headline but of a lower tier, to show beside it as such.</summary>
    public static T? NewerButWeaker<T>(IEnumerable<T> rows, T? headline, Func<T, TrustTier> tier, Func<T, int?> year) where T : class =>
        headline is null || year(headline) is not { } headlineYear
            ? null
            : rows.Where(r => year(r) > headlineYear && tier(r) < tier(headline))
                .OrderByDescending(r => year(r))
                .ThenByDescending(tier)
                .FirstOrDefault();

    private static TrustTier FigureTier(int i, List<int> group, IReadOnlyList<FigureEvidence> rows, SourceIndex sources)
    {
        var row = rows[i];
        if (sources.IsOfficial(row.SourceId))
        {
            return TrustTier.Official;
        }

        // A period we inferred is not one the source gave, so such a row neither confirms nor is confirmed.
        return !row.PeriodInferred && group.Any(j => j != i && !rows[j].PeriodInferred && sources.Independent(row.SourceId, rows[j].SourceId) && Agree(row, rows[j]))
            ? TrustTier.Confirmed
            : TrustTier.Reported;
    }

    /// <summary>
    /// True when <paramref name="other"/> gives the same value for this row's headline statistic and no different
    /// value for any statistic both fill. Rows of one key share role, place and period, so the period agrees too.
    /// </summary>
    private static bool Agree(FigureEvidence row, FigureEvidence other)
    {
        if (row.HeadlineIndex is not { } h || other.Values[h] != row.Values[h])
        {
            return false;
        }

        return Enumerable.Range(0, row.Values.Count)
            .All(k => row.Values[k] is null || other.Values[k] is null || row.Values[k] == other.Values[k]);
    }
}
