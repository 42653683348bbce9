using MaGuide.Web.Infrastructure;
using MaGuide.Web.Queries;

namespace MaGuide.Web.Pages.Salary;

/// <summary>How a tile on the pay map is drawn.</summary>
public enum TileKind
{
    /// <summary>Coloured by its band: the figure has the map's statistic and period.</summary>
    Band,

    /// <summary>Hatched: the state's figure is another statistic or period, so it is not placed on the colour scale.</summary>
    NotComparable,

    /// <summary>Outlined: we hold no pay figure for the state.</summary>
    None,
}

/// <summary>
/// One state's tile: grid cell, what it shows and how it is drawn. <c>Value</c> is the figure the tile is coloured and
/// labelled by (the pay, or on the adjusted map the price-adjusted pay); null unless the tile is a band.
/// </summary>
public sealed record PayTile(string Code, int Column, int Row, TileKind Kind, int Band, RankedStatePay? Pay, decimal? Value)
{
    /// <summary>What the tile says when hovered or read by a screen reader.</summary>
    public string Title => Pay is not { State: var state }
        ? $"{Code}: no pay figure"
        : $"{state.Name}: {Formats.Annual(state.Pay.Value)}, {state.Figures.Period} {state.Pay.Measure}"
          + (Pay.Adjusted is { } a && Kind == TileKind.Band && Value == a.Shown ? $"; buys about what {Formats.Dollars(a.Shown)} buys across the U.S. ({a.Level.Year} prices)" : "")
          + (Kind == TileKind.NotComparable ? " (not comparable with the map's colours)" : "");
}

/// <summary>A colour band of the key: its number and the range of figures in it.</summary>
public sealed record PayBand(int Number, decimal From, decimal To);

/// <summary>
/// The state pay tile map: it colours ONLY the figures <see cref="PayRanking"/> ranks together (one statistic and period,
/// the most common pair among the states' figures; on the adjusted map also one price-level year), in up to five bands
/// of equal state counts. Every other figure is hatched and named in the key ("not comparable: May 2019 mean"). Geometry is in SVG units designed for a 330 px wide screen.
/// </summary>
public sealed class StatePayMap
{
    /// <summary>Column pitch: 11 columns fill 328 units, the content width of a 360 px phone, so 12-unit text is 12 px there.</summary>
    public const double Pitch = 29.8;
    public const int RowPitch = 38;
    public const int TileWidth = 28;
    public const int TileHeight = 36;

    private StatePayMap(string period, string statistic, IReadOnlyList<PayTile> tiles, IReadOnlyList<PayBand> bands, IReadOnlyList<string> notComparable)
    {
        Period = period;
        Statistic = statistic;
        Tiles = tiles;
        Bands = bands;
        NotComparable = notComparable;
    }

    /// <summary>The period of the coloured figures, e.g. "May 2023".</summary>
    public string Period { get; }

    /// <summary>"median" or "mean": the statistic of the coloured figures.</summary>
    public string Statistic { get; }

    public IReadOnlyList<PayTile> Tiles { get; }

    public IReadOnlyList<PayBand> Bands { get; }

    /// <summary>The other period and statistic pairs on the map, in words ("May 2019 mean"), newest first.</summary>
    public IReadOnlyList<string> NotComparable { get; }

    public static double Width => (StateTiles.Positions.Values.Max(p => p.Column) + 1) * Pitch;

    public static int Height => (StateTiles.Positions.Values.Max(p => p.Row) + 1) * RowPitch;

    /// <summary>True when the tiles show price-adjusted pay (what the pay buys across the U.S.), not the pay itself.</summary>
    public bool Adjusted { get; private init; }

    /// <summary>On the adjusted map: the price-level year of the coloured figures.</summary>
    public int? RppYear { get; private init; }

    /// <summary>The pay map (nominal) of <paramref name="states"/>, without price levels.</summary>
    public static StatePayMap From(IReadOnlyList<StateWage> states) => From(PayRanking.Rank(states, new Dictionary<string, PriceLevel>()), adjusted: false);

    /// <summary>
    /// The map of the ranked states: coloured by pay, or with <paramref name="adjusted"/> by price-adjusted pay. Only the
    /// figures the ranking ranks are coloured (one statistic and period; adjusted, also one price-level year).
    /// </summary>
    public static StatePayMap From(PayRankings rankings, bool adjusted)
    {
        // Adjusted pay is coloured by the figure as shown (to the nearest $100), so two states showing the same figure
        // share a colour and the key's ranges never meet at one value.
        decimal? ValueOf(RankedStatePay p) => adjusted
            ? p.AdjustedRank is null ? null : p.Adjusted!.Shown
            : p.PayRank is null ? null : p.State.Pay.Value;
        var byCode = rankings.Rows.ToDictionary(p => p.State.Code, StringComparer.Ordinal);
        var comparable = rankings.Rows.Select(ValueOf).OfType<decimal>().Order().ToList();
        var bandCount = Math.Min(5, comparable.Count);
        int BandOf(decimal value) => bandCount == 0 ? 0 : Math.Clamp(comparable.FindIndex(v => v >= value) * bandCount / comparable.Count, 0, bandCount - 1);

        var tiles = StateTiles.Positions
            .OrderBy(p => p.Value.Row).ThenBy(p => p.Value.Column)
            .Select(p => byCode.TryGetValue(p.Key, out var pay)
                ? ValueOf(pay) is { } value
                    ? new PayTile(p.Key, p.Value.Column, p.Value.Row, TileKind.Band, BandOf(value), pay, value)
                    : new PayTile(p.Key, p.Value.Column, p.Value.Row, TileKind.NotComparable, 0, pay, null)
                : new PayTile(p.Key, p.Value.Column, p.Value.Row, TileKind.None, 0, null, null))
            .ToList();
        var bands = Enumerable.Range(0, bandCount)
            .Select(b => comparable.Where(v => BandOf(v) == b).ToList())
            .Select((values, b) => new PayBand(b, values.Min(), values.Max()))
            .ToList();
        var others = rankings.Rows.Where(p => ValueOf(p) is null)
            .GroupBy(p => rankings.NotRankedBecause(p, adjusted)["not ranked: ".Length..])
            .OrderByDescending(g => g.First().State.Figures.Year ?? 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToList();
        return new StatePayMap(rankings.Period, rankings.Statistic, tiles, bands, others) { Adjusted = adjusted, RppYear = adjusted ? rankings.RppYear : null };
    }

    /// <summary>A key band's bound as shown: dollars, and on the adjusted map rounded like every adjusted figure.</summary>
    public string Money(decimal value) => Formats.Dollars(Adjusted ? PriceAdjustment.RoundForDisplay(value) : value);

    /// <summary>A tile's value label: whole thousands of dollars ("45" for $45,190).</summary>
    public static string Thousands(decimal value) => Math.Round(value / 1000m).ToString("0", Formats.Culture);
}
