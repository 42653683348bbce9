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

/// <summary>One state's tile: grid cell, what it shows and how it is drawn.</summary>
public sealed record PayTile(string Code, int Column, int Row, TileKind Kind, int Band, StateWage? State)
{
    /// <summary>What the tile says when hovered or read by a screen reader.</summary>
    public string Title => State is null
        ? $"{Code}: no pay figure"
        : $"{State.Name}: {Formats.Annual(State.Figures.TypicalAnnual!.Value.Value)}, {State.Figures.Period} {State.Figures.TypicalAnnual!.Value.Measure}"
          + (Kind == TileKind.NotComparable ? " (not comparable with the map's colours)" : "");
}

/// <summary>A colour band of the key: its number and the range of figures in it.</summary>
public sealed record PayBand(int Number, decimal From, decimal To);

/// <summary>
/// The state pay tile map: it colours ONLY figures of one statistic and period, the most common pair among the states'
/// figures (ties: the newer period, then median), in up to five bands of equal state counts. Every other figure is hatched
/// and named in the key ("not comparable: May 2019 mean"). Geometry is in SVG units designed for a 330 px wide screen.
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

    /// <summary>The pair a figure is coloured by: period and statistic.</summary>
    public static (string Period, string Statistic) KeyOf(StateWage state) => (state.Figures.Period, state.Figures.TypicalAnnual!.Value.Measure);

    public static StatePayMap From(IReadOnlyList<StateWage> states)
    {
        var byCode = states.ToDictionary(s => s.Code, StringComparer.Ordinal);
        var key = states.GroupBy(KeyOf)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.First().Figures.Year ?? 0)
            .ThenBy(g => g.Key.Statistic == "median" ? 0 : 1)
            .Select(g => g.Key)
            .FirstOrDefault(("", "median"));
        var comparable = states.Where(s => KeyOf(s) == key).Select(s => s.Figures.TypicalAnnual!.Value.Value).Order().ToList();
        var bandCount = Math.Min(5, comparable.Count);
        int BandOf(decimal value) => bandCount == 0 ? 0 : Math.Clamp(comparable.FindIndex(v => v >= value) * bandCount / comparable.Count, 0, bandCount - 1);

        var tiles = StateTiles.Positions
            .OrderBy(p => p.Value.Row).ThenBy(p => p.Value.Column)
            .Select(p => byCode.TryGetValue(p.Key, out var state)
                ? KeyOf(state) == key
                    ? new PayTile(p.Key, p.Value.Column, p.Value.Row, TileKind.Band, BandOf(state.Figures.TypicalAnnual!.Value.Value), state)
                    : new PayTile(p.Key, p.Value.Column, p.Value.Row, TileKind.NotComparable, 0, state)
                : new PayTile(p.Key, p.Value.Column, p.Value.Row, TileKind.None, 0, null))
            .ToList();
        var bands = Enumerable.Range(0, bandCount)
            .Select(b => comparable.Where(v => BandOf(v) == b).ToList())
            .Select((values, b) => new PayBand(b, values.Min(), values.Max()))
            .ToList();
        var others = states.Where(s => KeyOf(s) != key)
            .GroupBy(KeyOf)
            .OrderByDescending(g => g.First().Figures.Year ?? 0).ThenBy(g => g.Key.Statistic, StringComparer.Ordinal)
            .Select(g => $"{(g.Key.Period.Length > 0 ? g.Key.Period : "undated")} {g.Key.Statistic}")
            .ToList();
        return new StatePayMap(key.Item1, key.Item2, tiles, bands, others);
    }

    /// <summary>A tile's value label: whole thousands of dollars ("45" for $45,190).</summary>
    public static string Thousands(decimal value) => Math.Round(value / 1000m).ToString("0", Formats.Culture);
}
