using MaGuide.Web.Data;
using MaGuide.Web.Data.Vocabulary;

namespace MaGuide.Web.Queries;

/// <summary>
/// The medical-assistant hourly pay figure used for a state: the entry-level (10th percentile) figure where we hold one,
/// else the median, else the mean (average); from the hourly column, or the annual one ÷ 2,080 hours (40 hours × 52
/// weeks) when only that is held.
/// </summary>
public sealed record MaPayFigure(decimal Hourly, string Measure, bool FromAnnual, WageFigures Row)
{
    public const decimal HoursPerYear = 2080m;

    public bool IsEntryLevel => Measure == EntryLevel;

    public const string EntryLevel = "10th percentile (entry level)";
    public const string Median = "median";
    public const string Mean = "mean (average)";

    /// <summary>
    /// The figure to use from a state's rows (every source's, not only each period's preferred row, which may lead with
    /// another statistic): the newest period that gives it, then the best-backed row, then the preferred one; null when
    /// no row has an entry-level, median or mean figure.
    /// </summary>
    public static MaPayFigure? Choose(IEnumerable<WageFigures> rows)
    {
        var dated = rows.Where(r => r.Year is not null).OrderByDescending(r => r.Year).ThenByDescending(r => r.Tier).ThenByDescending(r => r.Preferred).ToList();
        return Pick(dated, EntryLevel, r => r.HourlyP10, r => r.AnnualP10) ?? Pick(dated, Median, r => r.HourlyMedian, r => r.AnnualMedian)
            ?? Pick(dated, Mean, r => r.HourlyMean, r => r.AnnualMean);
    }

    private static MaPayFigure? Pick(List<WageFigures> rows, string measure, Func<WageFigures, decimal?> hourly, Func<WageFigures, decimal?> annual) =>
        rows.Select(r => hourly(r) is { } h ? new MaPayFigure(h, measure, false, r) : annual(r) is { } a ? new MaPayFigure(a / HoursPerYear, measure, true, r) : null)
            .FirstOrDefault(f => f is not null);
}

/// <summary>Everything the payback answer shows: the input, the pay figure and price level used, and the sums.</summary>
public sealed record PaybackReport(PaybackInput Input, string StateName, MaPayFigure? Pay, PriceLevel? Price, decimal? AdjustedHourly, PaybackResult? Result);

/// <summary>Looks up the state's pay figure and price level and runs the payback sums. Cheap; never cached per input.</summary>
public sealed class PaybackQuery(IDbContextFactory<MaGuideDb> factory, StoreMemo memo)
{
    public Task<IReadOnlyList<(string Code, string Name)>> StatesAsync(CancellationToken ct) => memo.GetAsync("PaybackQuery.StatesAsync", LoadStatesAsync, ct);

    private async Task<IReadOnlyList<(string Code, string Name)>> LoadStatesAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return [.. (await db.Areas.Where(a => a.IsState).OrderBy(a => a.Name).Select(a => new { a.Code, a.Name }).ToListAsync(ct)).Select(a => (a.Code, a.Name))];
    }

    public async Task<PaybackReport> AnswerAsync(PaybackInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var sources = await SourceLookup.LoadAsync(db, ct);
        var name = await db.Areas.Where(a => a.Code == input.State).Select(a => a.Name).FirstAsync(ct);
        var rows = await WageSelection.AllAsync(db, sources, ct, role: WellKnown.Occupation, area: input.State);
        var pay = MaPayFigure.Choose(rows);
        var price = await PriceAdjustment.ForStateAsync(db, input.State, sources, ct);
        // The sums use the hourly figure as the page shows it (to the cent), so a reader who redoes them gets the same.
        var shown = pay is null ? (decimal?)null : PaybackResult.Cents(pay.Hourly);
        return new PaybackReport(input, name, pay, price,
            shown is { } h ? PriceAdjustment.Adjust(h, price) : null,
            shown is { } m ? PaybackResult.Compute(input, m) : null);
    }
}
