using System.Globalization;

namespace MaGuide.Web.Data.Import;

/// <summary>A data table an import writes: its file, the columns that say what a row is about, and its number columns.</summary>
internal sealed record TableSpec(string FileName, string[] KeyColumns, string[] NumberColumns)
{
    public static readonly TableSpec Wages = new(
        "wages.csv",
        ["role", "area", "period"],
        ["employment", "hourly_mean", "hourly_p10", "hourly_p25", "hourly_median", "hourly_p75", "hourly_p90",
         "annual_mean", "annual_p10", "annual_p25", "annual_median", "annual_p75", "annual_p90",
         "employment_per_1000", "location_quotient"]);

    public static readonly TableSpec MetroWages = new(
        "metro_wages.csv",
        ["role", "area_name", "period"],
        ["employment", "hourly_mean", "annual_mean", "annual_median"]);

    public static readonly TableSpec IndustryWages = new(
        "industry_wages.csv",
        ["role", "industry_name", "period"],
        ["employment", "hourly_mean", "annual_mean"]);

    public static readonly TableSpec Projections = new(
        "projections.csv",
        ["role", "base_year", "target_year"],
        ["employment_base", "employment_target", "change_number", "change_percent", "annual_openings"]);

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
        "area" => (a != "US").CompareTo(b != "US") is var us and not 0 ? us : string.CompareOrdinal(a, b),
        "period" or "base_year" or "target_year" => Year(a).CompareTo(Year(b)) is var y and not 0 ? y : string.CompareOrdinal(a, b),
        _ => string.CompareOrdinal(a, b),
    };

    private static int Year(string value) =>
        value.Length >= 4 && int.TryParse(value.AsSpan(value.Length - 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : 0;
}
