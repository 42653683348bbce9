using System.Globalization;
using MaGuide.Web.Data.Vocabulary;

namespace MaGuide.Web.Data.Import;

/// <summary>
/// A data table an import writes, from its schema (<see cref="Schema.Tables"/>): its file, the columns that say what a
/// row is about, its number columns, and the BLS fields that fill them.
/// </summary>
internal sealed record TableSpec(string FileName, string[] KeyColumns, string[] NumberColumns)
{
    public static readonly TableSpec Wages = From(Schema.Tables.Wages);

    public static readonly TableSpec MetroWages = From(Schema.Tables.MetroWages);

    public static readonly TableSpec IndustryWages = From(Schema.Tables.IndustryWages);

    public static readonly TableSpec Projections = From(Schema.Tables.Projections);

    /// <summary>The columns a BLS OEWS file fills: the column, the BLS field, and how the number is written.</summary>
    public IReadOnlyList<(string Column, string Bls, Func<decimal, string> Format)> BlsFigures { get; private init; } = [];

    private static TableSpec From(Schema.TableSchema schema) => new(schema.FileName, [.. schema.KeyColumns], [.. schema.Columns.Where(c => c.IsNumber && !schema.KeyColumns.Contains(c.Name)).Select(c => c.Name)])
    {
        BlsFigures = [.. schema.Columns.Where(c => c.Bls is not null).Select(c => (c.Name, c.Bls!.Value.Field, c.Bls!.Value.Format))],
    };

    /// <summary>The column that names the place or industry; the one a source may spell differently.</summary>
    public string NameColumn => KeyColumns[1];

    public string Key(ContentTable table, ContentRow row) =>
        string.Join('\u001f', KeyColumns.Select(c => table.Get(row, c)));

    public string Key(ContentTable table, string[] cells) =>
        string.Join('\u001f', KeyColumns.Select(c => cells[table.Column(c)]));

    /// <summary>How an editor reads a key in the summary: place, period, then role.</summary>
    public string Describe(ContentTable table, ContentRow row) =>
        string.Join(' ', KeyColumns.Skip(1).Append(KeyColumns[0]).Select(c => table.Get(row, c)));

    /// <summary>Stable order: role, then U.S. before states, then years ascending; within a key the imported source's row first.</summary>
    public void Sort(ContentTable table, string importedSourceId)
    {
        var sorted = table.Rows
            .Select((row, index) => (row, index))
            .OrderBy(x => x.row, Comparer<ContentRow>.Create((a, b) => Compare(table, a, b)))
            .ThenBy(x => table.Get(x.row, "source_id") != importedSourceId)
            .ThenBy(x => x.index)
            .Select(x => x.row)
            .ToList();
        table.Rows.Clear();
        table.Rows.AddRange(sorted);
    }

    private int Compare(ContentTable table, ContentRow a, ContentRow b)
    {
        foreach (var column in KeyColumns)
        {
            var result = CompareCells(column, table.Get(a, column), table.Get(b, column));
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }

    private static int CompareCells(string column, string a, string b) => column switch
    {
        "area" => (a != WellKnown.NationalArea).CompareTo(b != WellKnown.NationalArea) is var us and not 0 ? us : string.CompareOrdinal(a, b),
        "period" or "base_year" or "target_year" => Year(a).CompareTo(Year(b)) is var y and not 0 ? y : string.CompareOrdinal(a, b),
        _ => string.CompareOrdinal(a, b),
    };

    private static int Year(string value) =>
        value.Length >= 4 && int.TryParse(value.AsSpan(value.Length - 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : 0;
}
