using MaGuide.Web.Data;
using MaGuide.Web.Infrastructure;

namespace MaGuide.Web.Queries;

/// <summary>A state's price level: BEA regional price parity for all items (U.S. = 100) in one year, with its source.</summary>
public sealed record PriceLevel(string StateCode, int Year, decimal AllItems, SourceRef Source)
{
    /// <summary>The parity as readers see it, to one decimal ("88.8").</summary>
    public string InWords => AllItems.ToString("0.0", Formats.Culture);
}

/// <summary>
/// A state's typical annual pay beside what it buys across the U.S.: the wage figure (its statistic, period and source)
/// and the price level it is adjusted by (its year and source). Built only by <c>PriceAdjustment.For</c>.
/// </summary>
public sealed record AdjustedPay
{
    /// <summary>The pay figure in the state's own dollars, a year.</summary>
    public required decimal Nominal { get; init; }

    /// <summary>"median" or "mean": the statistic of <see cref="Nominal"/>.</summary>
    public required string Measure { get; init; }

    /// <summary>The wage figure the pay comes from (period, tier and source).</summary>
    public required WageFigures Wage { get; init; }

    /// <summary>The price level the pay is divided by.</summary>
    public required PriceLevel Level { get; init; }

    /// <summary>Unrounded <c>Nominal × 100 / RPP</c>; rank and compare by this.</summary>
    public decimal Exact => PriceAdjustment.Adjust(Nominal, Level.AllItems);

    /// <summary>The adjusted pay as shown: to the nearest $100 (it is an estimate, "about" what the pay buys).</summary>
    public decimal Shown => PriceAdjustment.RoundForDisplay(Exact);

    /// <summary>True when the wage period's year is not the price level's year (or the wage period is not stated).</summary>
    public bool YearsDiffer => Wage.Year != Level.Year;

    /// <summary>The one-line caveat shown when <see cref="YearsDiffer"/>; empty otherwise.</summary>
    public string Caveat => YearsDiffer
        ? $"The pay is for {(Wage.Period.Length > 0 ? Wage.Period : "a period the source does not state")} and the price level for {Level.Year}; prices move a little each year, so treat the adjusted figure as a rough guide."
        : "";

    /// <summary>What ranks together: the same statistic, wage period and price-level year (<see cref="PayRanking"/>).</summary>
    public (string Period, string Statistic, int RppYear) LikeKey => (Wage.Period, Measure, Level.Year);
}

/// <summary>
/// The one place that turns a state's pay into what it buys across the U.S.: <c>pay × 100 / RPP</c>, where RPP is the
/// state's regional price parity for all items (U.S. = 100, BEA, content/data/price_parities.csv). Used by the payback
/// calculator, the state pages, the pay-by-state page and the two-state comparison. RPPs compare places within one year only.
/// </summary>
public static class PriceAdjustment
{
    /// <summary>Pay in the state's dollars, expressed in U.S.-average dollars. Unrounded; round only to display.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the parity is not positive.</exception>
    public static decimal Adjust(decimal pay, decimal rppAllItems) =>
        rppAllItems > 0 ? pay * 100m / rppAllItems : throw new ArgumentOutOfRangeException(nameof(rppAllItems), rppAllItems, "a regional price parity must be positive");

    /// <summary>The adjusted value of <paramref name="pay"/> at <paramref name="level"/>, or null when the state has no price level.</summary>
    public static decimal? Adjust(decimal pay, PriceLevel? level) => level is null ? null : Adjust(pay, level.AllItems);

    /// <summary>An adjusted annual figure as shown to readers: the nearest $100, halves away from zero ($40,650 → $40,700).</summary>
    public static decimal RoundForDisplay(decimal adjusted) => Math.Round(adjusted / 100m, MidpointRounding.AwayFromZero) * 100m;

    /// <summary>
    /// The state's typical annual pay (median, else mean) adjusted by its price level; null when there is no wage figure,
    /// no typical annual figure in it, or no price level for the state.
    /// </summary>
    public static AdjustedPay? For(WageFigures? wage, PriceLevel? level) => For(wage, wage?.TypicalAnnual, level);

    /// <summary>The figure of one statistic ("median" or "mean") of <paramref name="wage"/>, adjusted; null as above.</summary>
    public static AdjustedPay? For(WageFigures? wage, string statistic, PriceLevel? level) => For(wage, wage?.AnnualOf(statistic), level);

    /// <summary>The figure a state is compared by (<see cref="StateWage.Pay"/>), adjusted; null as above.</summary>
    public static AdjustedPay? For(StateWage state, PriceLevel? level) => For(state.Figures, state.Pay, level);

    private static AdjustedPay? For(WageFigures? wage, (decimal Value, string Measure)? pay, PriceLevel? level) =>
        wage is not null && pay is { } figure && level is not null && level.StateCode == wage.AreaCode
            ? new AdjustedPay { Nominal = figure.Value, Measure = figure.Measure, Wage = wage, Level = level }
            : null;

    /// <summary>The newest price level held for a state, or null when price_parities.csv has none.</summary>
    public static async Task<PriceLevel?> ForStateAsync(MaGuideDb db, string stateCode, IReadOnlyDictionary<string, SourceRef> sources, CancellationToken ct)
    {
        var parity = await db.PriceParities.Where(p => p.StateCode == stateCode).OrderByDescending(p => p.Year).FirstOrDefaultAsync(ct);
        return parity is null ? null : Level(parity, sources);
    }

    /// <summary>The newest price level of every state that has one, by state code.</summary>
    public static async Task<IReadOnlyDictionary<string, PriceLevel>> ForAllStatesAsync(MaGuideDb db, IReadOnlyDictionary<string, SourceRef> sources, CancellationToken ct) =>
        (await db.PriceParities.ToListAsync(ct))
            .GroupBy(p => p.StateCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Level(g.OrderByDescending(p => p.Year).First(), sources), StringComparer.Ordinal);

    private static PriceLevel Level(PriceParity parity, IReadOnlyDictionary<string, SourceRef> sources) =>
        new(parity.StateCode, parity.Year, parity.AllItems, sources[parity.SourceId].ForFigure(parity.Tier));
}
