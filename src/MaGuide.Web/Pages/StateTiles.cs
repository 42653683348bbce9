namespace MaGuide.Web.Pages;

/// <summary>Grid positions (column, row) for a tile map of the 50 states and DC.</summary>
public static class StateTiles
{
    // Each two-letter code sits at its place in the grid; ".." is an empty cell.
    private static readonly string[] Grid =
    [
        "AK .. .. .. .. .. .. .. .. .. ME",
        ".. .. .. .. .. .. .. .. .. VT NH",
        "WA ID MT ND MN IL WI MI NY RI MA",
        "OR NV WY SD IA IN OH PA NJ CT ..",
        "CA UT CO NE MO KY WV VA MD DE ..",
        ".. AZ NM KS AR TN NC SC DC .. ..",
        ".. .. .. OK LA MS AL GA .. .. ..",
        "HI .. .. TX .. .. .. .. FL .. ..",
    ];

    public static IReadOnlyDictionary<string, (int Column, int Row)> Positions { get; } =
        Grid.SelectMany((line, row) => line.Split(' ').Select((code, column) => (code, column, row)))
            .Where(cell => cell.code != "..")
            .ToDictionary(cell => cell.code, cell => (cell.column, cell.row), StringComparer.Ordinal);
}
