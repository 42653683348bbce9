using System.Text.RegularExpressions;

namespace MaGuide.Web.Data.Import;

/// <summary>Where a layout's columns sit in a header row, and which required ones that row lacks.</summary>
internal sealed record HeaderMatch(IReadOnlyDictionary<string, int> Columns, IReadOnlyList<string> Missing)
{
    public bool IsComplete => Missing.Count == 0;

    /// <summary>Years the header names (a projections table's base and target year), earliest first.</summary>
    public IReadOnlyList<int> Years { get; init; } = [];

    public bool Has(string column) => Columns.ContainsKey(column);

    /// <summary>The cell under a column, trimmed; empty when the column is absent or the row is short.</summary>
    public string Cell(IReadOnlyList<string> row, string column) =>
        Columns.TryGetValue(column, out var index) && index < row.Count ? row[index].Trim() : "";
}

/// <summary>Header text reduced to the form the layouts compare: lower case, words joined by one underscore.</summary>
internal static partial class HeaderText
{
    public static string Normalise(string header) =>
        Separators().Replace(header.Trim().ToLowerInvariant(), "_").Trim('_');

    [GeneratedRegex(@"[\s\-\.]+")]
    private static partial Regex Separators();
}
