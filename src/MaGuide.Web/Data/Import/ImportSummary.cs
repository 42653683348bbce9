using System.Globalization;

namespace MaGuide.Web.Data.Import;

/// <summary>What an import did to the tables, in the lines an editor reads before committing.</summary>
internal static class ImportSummary
{
    private const int LargestChanges = 5;

    public static int ChangedRows(ContentTable table)
    {
        var (added, changed, removed) = Counts(table);
        return added + changed + removed;
    }

    public static string CountsLine(ContentTable table)
    {
        var (added, changed, removed) = Counts(table);
        return $"{table.FileName}: {added} added, {changed} changed, {removed} removed";
    }

    /// <summary>The biggest moves of a preferred figure, by relative size, e.g. <c>wages.csv US May 2024 medical-assistant annual_median 44200 -> 44750</c>.</summary>
    public static IEnumerable<string> LargestFigureChanges(IEnumerable<(ContentTable Table, TableSpec Spec)> tables) =>
        tables.SelectMany(t => FigureChanges(t.Table, t.Spec))
            .OrderByDescending(c => c.Relative)
            .ThenBy(c => c.Line, StringComparer.Ordinal)
            .Take(LargestChanges)
            .Select(c => c.Line);

    /// <summary>The figure a reader sees first from each table, e.g. the annual median wage.</summary>
    private static readonly Dictionary<string, string> HeadlineColumn = new(StringComparer.Ordinal)
    {
        ["wages.csv"] = "annual_median",
        ["metro_wages.csv"] = "annual_mean",
        ["industry_wages.csv"] = "annual_mean",
        ["projections.csv"] = "change_percent",
    };

    /// <summary>
    /// Each headline figure (the preferred row of the newest period for a role and place) that changed, including
    /// when a newer period took over, e.g. <c>wages.csv US medical-assistant annual_median 44200 (May 2023) -> 44750 (May 2024)</c>.
    /// </summary>
    public static IEnumerable<string> HeadlineChanges(IEnumerable<(ContentTable Table, TableSpec Spec)> tables)
    {
        foreach (var (table, spec) in tables)
        {
            if (!HeadlineColumn.TryGetValue(table.FileName, out var column) || !table.Header.Contains(column))
            {
                continue;
            }

            var before = Headlines(table, spec, table.Initial.Select(r => r.Original!));
            var after = Headlines(table, spec, table.Rows.Select(r => r.Cells));
            var figure = table.Column(column);
            foreach (var (key, now) in after.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                var old = before.GetValueOrDefault(key);
                if (old is null || old[figure] != now[figure] || Period(table, spec, old) != Period(table, spec, now))
                {
                    var from = old is null ? "none" : $"{Blank(old[figure])} ({Period(table, spec, old)})";
                    yield return $"{table.FileName} {key} {column} {from} -> {Blank(now[figure])} ({Period(table, spec, now)})";
                }
            }
        }
    }

    private static string Blank(string value) => value.Length == 0 ? "(empty)" : value;

    private static string[] TimeColumns(TableSpec spec) =>
        [.. spec.KeyColumns.Where(c => c is "period" or "base_year" or "target_year")];

    private static string Period(ContentTable table, TableSpec spec, string[] cells) =>
        string.Join('-', TimeColumns(spec).Select(c => cells[table.Column(c)]));

    /// <summary>For each role and place, the preferred row with the latest period.</summary>
    private static Dictionary<string, string[]> Headlines(ContentTable table, TableSpec spec, IEnumerable<string[]> rows)
    {
        var preferred = table.Column("preferred");
        var time = TimeColumns(spec);
        var place = spec.KeyColumns.Where(c => !time.Contains(c)).Select(table.Column).ToArray();
        var last = table.Column(time[^1]);
        return rows.Where(r => r[preferred] == "true")
            .GroupBy(r => string.Join(' ', place.Reverse().Select(i => r[i])), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => YearOf(r[last])).Last(), StringComparer.Ordinal);
    }

    private static int YearOf(string value) =>
        value.Length >= 4 && int.TryParse(value.AsSpan(value.Length - 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : 0;

    private static (int Added, int Changed, int Removed) Counts(ContentTable table)
    {
        var now = table.Rows.ToHashSet();
        return (table.Rows.Count(r => r.IsAdded), table.Rows.Count(r => r.IsChanged), table.Initial.Count(r => !now.Contains(r)));
    }

    private static IEnumerable<(decimal Relative, string Line)> FigureChanges(ContentTable table, TableSpec spec)
    {
        var preferred = table.Column("preferred");
        // Keyed by a row's key now, so a row filed under the BLS spelling of its name is still compared with itself.
        var before = table.Initial.Where(r => r.Original![preferred] == "true")
            .GroupBy(r => spec.Key(table, table.Rows.Contains(r) ? r.Cells : r.Original!))
            .ToDictionary(g => g.Key, g => g.First().Original!, StringComparer.Ordinal);
        foreach (var row in table.Rows.Where(r => r.Cells[preferred] == "true"))
        {
            if (!before.TryGetValue(spec.Key(table, row), out var old))
            {
                continue;
            }

            foreach (var column in spec.NumberColumns.Where(c => table.Header.Contains(c)))
            {
                var i = table.Column(column);
                if (BlsNumber.TryParsePlain(old[i], out var from) && BlsNumber.TryParsePlain(row.Cells[i], out var to) && from != to)
                {
                    var relative = from == 0 ? decimal.MaxValue : Math.Abs((to - from) / from);
                    yield return (relative, string.Create(CultureInfo.InvariantCulture,
                        $"{table.FileName} {spec.Describe(table, row)} {column} {old[i]} -> {row.Cells[i]}"));
                }
            }
        }
    }
}
