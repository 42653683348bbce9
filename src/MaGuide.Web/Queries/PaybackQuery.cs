using MaGuide.Web.Data;
using MaGuide.Web.Data.Vocabulary;

namespace MaGuide.Web.Queries;

/// <summary>
/// A medical-assistant hourly pay figure for a state: from the hourly column, or the annual one ÷ 2,080 hours (40 hours ×
/// 52 weeks) when only that is held.
/// </summary>
/// <param name="Hourly">Dollars an hour, unrounded.</param>
/// <param name="Measure">One of <see cref="EntryLevel"/>, <see cref="Median"/>, <see cref="Mean"/>.</param>
/// <param name="FromAnnual">True when worked out from the annual figure.</param>
/// <param name="Row">The wage row it comes from (source, period, tier).</param>
public sealed record MaPayFigure(decimal Hourly, string Measure, bool FromAnnual, WageFigures Row)
{
    public const decimal HoursPerYear = 2080m;

    public bool IsEntryLevel => Measure == EntryLevel;

    public const string EntryLevel = "10th percentile (entry level)";
    public const string Median = "median";
    public const string Mean = "mean (average)";

    /// <summary>
    /// The figure to use when the kind every state shares is missing for a state (rows of every source, not only each
    /// period's preferred row): the newest period that gives an entry-level, else a median, else a mean figure, then the
    /// best-backed row, then the preferred one; null when no row has one.
    /// </summary>
    public static MaPayFigure? Choose(IEnumerable<WageFigures> rows)
    {
        var dated = rows.Where(r => r.Year is not null).OrderByDescending(r => r.Year).ThenByDescending(r => r.Tier).ThenByDescending(r => r.Preferred).ToList();
        return Pick(dated, EntryLevel, r => r.HourlyP10, r => r.AnnualP10) ?? Pick(dated, Median, r => r.HourlyMedian, r => r.AnnualMedian)
            ?? Pick(dated, Mean, r => r.HourlyMean, r => r.AnnualMean);
    }

    /// <summary>
    /// The state's figure of <paramref name="kind"/> (a period and "median" or "mean"), from its best-backed row of that
    /// kind (<see cref="WageSelection.BestWith"/>); null when the state holds none.
    /// </summary>
    public static MaPayFigure? OfKind(IEnumerable<WageFigures> rows, (string Period, string Statistic) kind)
    {
        var median = kind.Statistic == "median";
        var row = WageSelection.BestFor(rows, kind.Period, kind.Statistic);
        return row is null ? null : Pick([row], median ? Median : Mean, r => median ? r.HourlyMedian : r.HourlyMean, r => median ? r.AnnualMedian : r.AnnualMean);
    }

    /// <summary>The state's entry-level (10th percentile) figure for <paramref name="period"/>, from its best-backed row that gives one; null when none.</summary>
    public static MaPayFigure? EntryLevelFor(IEnumerable<WageFigures> rows, string period) =>
        WageSelection.BestWith(rows, r => r.Period == period && (r.HourlyP10 ?? r.AnnualP10) is not null) is { } row
            ? Pick([row], EntryLevel, r => r.HourlyP10, r => r.AnnualP10)
            : null;

    private static MaPayFigure? Pick(List<WageFigures> rows, string measure, Func<WageFigures, decimal?> hourly, Func<WageFigures, decimal?> annual) =>
        rows.Select(r => hourly(r) is { } h ? new MaPayFigure(h, measure, false, r) : annual(r) is { } a ? new MaPayFigure(a / HoursPerYear, measure, true, r) : null)
            .FirstOrDefault(f => f is not null);
}

/// <summary>Everything the payback answer shows: the input, the pay figures and price level used, and the sums.</summary>
/// <param name="Input">What the reader typed, parsed.</param>
/// <param name="StateName">The state's full name.</param>
/// <param name="Pay">The state's figure of the kind every state shares (<see cref="SharedKind"/>), else the best it holds.</param>
/// <param name="SharedKind">True when <paramref name="Pay"/> is of the kind used for every state, so answers for two states compare.</param>
/// <param name="Price">The state's price level (regional price parity), when held.</param>
/// <param name="AdjustedHourly">The shown hourly pay × 100 ÷ the price level, in dollars an hour.</param>
/// <param name="Result">The sums at <paramref name="Pay"/>.</param>
/// <param name="EntryPay">The entry-level (10th percentile) figure for the same period, when held.</param>
/// <param name="EntryResult">The sums at <paramref name="EntryPay"/>.</param>
public sealed record PaybackReport(PaybackInput Input, string StateName, MaPayFigure? Pay, bool SharedKind, PriceLevel? Price, decimal? AdjustedHourly, PaybackResult? Result,
    MaPayFigure? EntryPay = null, PaybackResult? EntryResult = null);

/// <summary>
/// Looks up the state's pay figures and price level and runs the payback sums. Every state is answered with the same
/// kind of figure, the period and statistic /salary/states ranks (<see cref="PayRankings"/>, read from
/// <see cref="SalaryQuery"/> so the two can never differ), and with the entry-level figure of that period beside it
/// where held. Cheap; never cached per input.
/// </summary>
public sealed class PaybackQuery(IDbContextFactory<MaGuideDb> factory, StoreMemo memo, SalaryQuery salary)
{
    public Task<IReadOnlyList<(string Code, string Name)>> StatesAsync(CancellationToken ct) => memo.GetAsync("PaybackQuery.StatesAsync", LoadStatesAsync, ct);

    private async Task<IReadOnlyList<(string Code, string Name)>> LoadStatesAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return [.. (await db.Areas.Where(a => a.IsState).OrderBy(a => a.Name).Select(a => new { a.Code, a.Name }).ToListAsync(ct)).Select(a => (a.Code, a.Name))];
    }

    /// <summary>The kind of figure every state's answer uses; null when no state holds a dated median or mean.</summary>
    private async Task<(string Period, string Statistic)?> CommonKindAsync(CancellationToken ct) =>
        (await salary.GetAsync(ct)).Rankings is { Period.Length: > 0 } ranked ? (ranked.Period, ranked.Statistic) : null;

    public async Task<PaybackReport> AnswerAsync(PaybackInput input, CancellationToken ct)
    {
        var kind = await CommonKindAsync(ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var sources = await SourceLookup.LoadAsync(db, ct);
        var name = await db.Areas.Where(a => a.Code == input.State).Select(a => a.Name).FirstAsync(ct);
        var rows = await WageSelection.AllAsync(db, sources, ct, role: WellKnown.Occupation, area: input.State);
        var shared = kind is { } k ? MaPayFigure.OfKind(rows, k) : null;
        var pay = shared ?? MaPayFigure.Choose(rows);
        var entry = pay is { IsEntryLevel: false } ? MaPayFigure.EntryLevelFor(rows, pay.Row.Period) : null;
        var price = await PriceAdjustment.ForStateAsync(db, input.State, sources, ct);
        // The sums use each hourly figure as the page shows it (to the cent), so a reader who redoes them gets the same.
        decimal? Shown(MaPayFigure? figure) => figure is null ? null : PaybackResult.Cents(figure.Hourly);
        return new PaybackReport(input, name, pay, shared is not null, price,
            Shown(pay) is { } h ? PriceAdjustment.Adjust(h, price) : null,
            Shown(pay) is { } m ? PaybackResult.Compute(input, m) : null,
            entry,
            Shown(entry) is { } e ? PaybackResult.Compute(input, e) : null);
    }
}
