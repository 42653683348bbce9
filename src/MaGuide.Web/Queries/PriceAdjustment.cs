using MaGuide.Web.Data;

namespace MaGuide.Web.Queries;

/// <summary>A state's price level: BEA regional price parity for all items (U.S. = 100) in one year, with its source.</summary>
public sealed record PriceLevel(string StateCode, int Year, decimal AllItems, SourceRef Source);

/// <summary>
/// The one place that turns a state's pay into what it buys across the U.S.: <c>pay × 100 / RPP</c>, where RPP is the
/// state's regional price parity for all items (U.S. = 100, BEA, content/data/price_parities.csv). Used by the payback
/// calculator and meant for any page that shows price-adjusted pay. RPPs compare places within one year only.
/// </summary>
public static class PriceAdjustment
{
    /// <summary>Pay in the state's dollars, expressed in U.S.-average dollars. Unrounded; round only to display.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the parity is not positive.</exception>
    public static decimal Adjust(decimal pay, decimal rppAllItems) =>
        rppAllItems > 0 ? pay * 100m / rppAllItems : throw new ArgumentOutOfRangeException(nameof(rppAllItems), rppAllItems, "a regional price parity must be positive");

    /// <summary>The adjusted value of <paramref name="pay"/> at <paramref name="level"/>, or null when the state has no price level.</summary>
    public static decimal? Adjust(decimal pay, PriceLevel? level) => level is null ? null : Adjust(pay, level.AllItems);

    /// <summary>The newest price level held for a state, or null when price_parities.csv has none.</summary>
    public static async Task<PriceLevel?> ForStateAsync(MaGuideDb db, string stateCode, IReadOnlyDictionary<string, SourceRef> sources, CancellationToken ct)
    {
        var parity = await db.PriceParities.Where(p => p.StateCode == stateCode).OrderByDescending(p => p.Year).FirstOrDefaultAsync(ct);
        return parity is null ? null : new PriceLevel(parity.StateCode, parity.Year, parity.AllItems, sources[parity.SourceId].ForFigure(parity.Tier));
    }
}
