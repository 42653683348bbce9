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

    /// <summary>
    /// The biggest moves of the imported source's figures since its previous import, by relative
    /// size, e.g. <c>wages.csv US May 2024 medical-assistant annual_median 44200 -> 44750</c>.
    /// </summary>
    public static IEnumerable<string> LargestFigureChanges(IEnumerable<(ContentTable Table, TableSpec Spec)> tables, string sourceId) =>
        tables.SelectMany(t => FigureChanges(t.Table, t.Spec, sourceId))
            .OrderByDescending(c => c.Relative)
            .ThenBy(c => c.Line, StringComparer.Ordinal)
            .Take(LargestChanges)
            .Select(c => c.Line);

    private static (int Added, int Changed, int Removed) Counts(ContentTable table)
    {
        var now = table.Rows.ToHashSet();
        return (table.Rows.Count(r => r.IsAdded), table.Rows.Count(r => r.IsChanged), table.Initial.Count(r => !now.Contains(r)));
    }

    private static IEnumerable<(decimal Relative, string Line)> FigureChanges(ContentTable table, TableSpec spec, string sourceId)
    {
        var source = table.Column("source_id");
        // Keyed by a row's key now, so a row filed under the BLS spelling of its name is still compared with itself.
        var before = table.Initial.Where(r => r.Original![source] == sourceId)
            .GroupBy(r => spec.Key(table, table.Rows.Contains(r) ? r.Cells : r.Original!))
            .ToDictionary(g => g.Key, g => g.First().Original!, StringComparer.Ordinal);
        foreach (var row in table.Rows.Where(r => r.Cells[source] == sourceId))
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
