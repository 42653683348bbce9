namespace MaGuide.Web.Queries;

/// <summary>
/// One state in the pay rankings: its figure, its price-adjusted pay (null without a price level), and its place in
/// each ranking (null when the figure is not like the ranked ones: another statistic, period or price-level year).
/// </summary>
public sealed record RankedStatePay(StateWage State, AdjustedPay? Adjusted, int? PayRank, int? AdjustedRank);

/// <summary>
/// The two rankings of state pay, nominal and price-adjusted, over like figures only: the <see cref="Period"/> and
/// <see cref="Statistic"/> most states share (<see cref="PayRanking.CommonKey"/>), and for the adjusted ranking also the
/// price-level year most of those states share (<see cref="RppYear"/>). Every other state is listed but not ranked.
/// </summary>
public sealed record PayRankings(string Period, string Statistic, int? RppYear, IReadOnlyList<RankedStatePay> Rows)
{
    public int PayRanked => Rows.Count(r => r.PayRank is not null);

    public int AdjustedRanked => Rows.Count(r => r.AdjustedRank is not null);

    /// <summary>Why a state is not ranked, in words ("May 2019 mean", "no price level"); empty when it is ranked.</summary>
    public string NotRankedBecause(RankedStatePay row, bool adjusted)
    {
        var (period, statistic) = PayRanking.KeyOf(row.State);
        if ((period, statistic) != (Period, Statistic))
        {
            return $"not ranked: {(period.Length > 0 ? period : "undated")} {statistic}";
        }

        return !adjusted || row.AdjustedRank is not null ? ""
            : row.Adjusted is null ? "not ranked: no price level"
            : $"not ranked: {row.Adjusted.Level.Year} prices";
    }
}

/// <summary>Ranks like figures only: the same statistic and period (and, adjusted, the same price-level year).</summary>
public static class PayRanking
{
    /// <summary>The pair a state's figure is compared by: its period and its statistic (median or mean).</summary>
    public static (string Period, string Statistic) KeyOf(StateWage state) => (state.Figures.Period, state.Pay.Measure);

    /// <summary>
    /// The states to rank: for each state in <paramref name="headlines"/>, its figure of the period and statistic the most
    /// states hold in any row of <paramref name="rows"/> (ties: the newer period, then median; the best such row by
    /// <see cref="WageSelection.BestWith"/>), else its headline, which is then listed but not ranked. The headline is
    /// the newest best-backed figure and may differ from state to state (a newer median here, a mean there); the
    /// rankings and the map compare one kind of figure only.
    /// </summary>
    public static IReadOnlyList<StateWage> LikeWithLike(IReadOnlyList<StateWage> headlines, IReadOnlyList<WageFigures> rows)
    {
        if (CommonKind(rows, headlines.Select(s => s.Code).ToHashSet(StringComparer.Ordinal)) is not { } kind)
        {
            return headlines;
        }

        return [.. headlines.Select(s => WageSelection.BestFor(rows.Where(r => r.AreaCode == s.Code), kind.Period, kind.Statistic) is { } row
            ? s with { Figures = row, Statistic = kind.Statistic, EmploymentRow = EmploymentOf(rows, s.Code, row.Period) }
            : s with { EmploymentRow = EmploymentOf(rows, s.Code, s.Figures.Period) })];
    }

    private static readonly string[] Statistics = ["median", "mean"];

    private static WageFigures? EmploymentOf(IReadOnlyList<WageFigures> rows, string code, string period) =>
        period.Length == 0 ? null : WageSelection.BestWith(rows.Where(r => r.AreaCode == code && r.Period == period), r => r.Employment is not null);

    /// <summary>
    /// The period and statistic (e.g. ("May 2023", "mean")) the most of <paramref name="areas"/> hold in any of
    /// <paramref name="rows"/> (ties: the newer period, then median); null when no row gives an annual median or mean.
    /// The kind /salary/states ranks and maps (and so the kind the payback calculator uses for every state).
    /// </summary>
    public static (string Period, string Statistic)? CommonKind(IEnumerable<WageFigures> rows, IReadOnlySet<string> areas) =>
        rows.Where(r => areas.Contains(r.AreaCode) && r.Period.Length > 0)
            .SelectMany(r => Statistics.Where(s => r.AnnualOf(s) is not null).Select(s => (r.Period, Statistic: s, r.AreaCode, r.Year)))
            .GroupBy(k => (k.Period, k.Statistic))
            .OrderByDescending(g => g.Select(k => k.AreaCode).Distinct(StringComparer.Ordinal).Count())
            .ThenByDescending(g => g.First().Year ?? 0)
            .ThenBy(g => g.Key.Statistic == "median" ? 0 : 1)
            .Select(g => ((string Period, string Statistic)?)g.Key)
            .FirstOrDefault();

    /// <summary>
    /// The period and statistic most states' figures share (ties: the newer period, then median), so the map and the
    /// rankings compare as many states as can be compared; ("", "median") when there are no figures.
    /// </summary>
    public static (string Period, string Statistic) CommonKey(IReadOnlyList<StateWage> states) =>
        states.GroupBy(KeyOf)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.First().Figures.Year ?? 0)
            .ThenBy(g => g.Key.Statistic == "median" ? 0 : 1)
            .Select(g => g.Key)
            .FirstOrDefault(("", "median"));

    /// <summary>Both rankings for <paramref name="states"/>, in the order given; <paramref name="levels"/> by state code.</summary>
    public static PayRankings Rank(IReadOnlyList<StateWage> states, IReadOnlyDictionary<string, PriceLevel> levels)
    {
        var key = CommonKey(states);
        var adjusted = states.ToDictionary(s => s.Code, s => PriceAdjustment.For(s, levels.GetValueOrDefault(s.Code)), StringComparer.Ordinal);
        var like = states.Where(s => KeyOf(s) == key).ToList();
        int? rppYear = like.Select(s => adjusted[s.Code]?.Level.Year).OfType<int>()
            .GroupBy(y => y).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => (int?)g.Key).FirstOrDefault();

        var pay = like.ToDictionary(s => s.Code, s => s.Pay.Value, StringComparer.Ordinal);
        var real = like.Where(s => adjusted[s.Code] is { } a && a.Level.Year == rppYear)
            .ToDictionary(s => s.Code, s => adjusted[s.Code]!.Shown, StringComparer.Ordinal); // ranked as shown: equal figures share a place
        var rows = states.Select(s => new RankedStatePay(s, adjusted[s.Code], CompetitionRank(pay, s.Code), CompetitionRank(real, s.Code))).ToList();
        return new PayRankings(key.Period, key.Statistic, rppYear, rows);
    }

    /// <summary>1 for the highest value; equal values share a place and the next place is skipped (1, 2, 2, 4).</summary>
    private static int? CompetitionRank(IReadOnlyDictionary<string, decimal> values, string code) =>
        values.TryGetValue(code, out var value) ? 1 + values.Values.Count(v => v > value) : null;
}
