using System.Text.RegularExpressions;
using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Data.Import;

/// <summary>
/// Keeps metro_states.csv in step with an import into metro_wages.csv: a metro the import adds under its BLS title
/// ("Boston-Cambridge-Newton, MA-NH") gets a row whose states are the title's suffix (MA;NH), with the imported BLS
/// file as its source, when every code is a state of areas.csv; a row whose metro no longer has pay rows (the import
/// refiled it under the BLS title) is removed. Any other new metro is left for the editor, and <c>check</c> names it
/// at its line.
/// </summary>
internal static partial class MetroStateRows
{
    /// <summary>The updated metro_states.csv, or null when the import did not touch metro_wages.csv or the file is absent.</summary>
    public static ContentTable? Fill(ContentPaths paths, IEnumerable<(ContentTable Table, TableSpec Spec)> tables, string sourceId)
    {
        var metros = tables.FirstOrDefault(t => t.Spec == TableSpec.MetroWages).Table;
        var file = Path.Combine(paths.Data, "metro_states.csv");
        if (metros is null || !File.Exists(file))
        {
            return null;
        }

        var table = ContentTable.Load(file);
        var states = ContentTable.Load(Path.Combine(paths.Data, "areas.csv")) is var areas
            ? areas.Rows.Select(r => areas.Get(r, "code")).ToHashSet(StringComparer.Ordinal)
            : [];
        var names = metros.Rows.Select(r => metros.Get(r, "area_name")).Distinct(StringComparer.Ordinal).ToList();
        // A metro the import refiled under its BLS title (or removed) no longer has pay rows under its old name.
        table.Rows.RemoveAll(r => !names.Contains(table.Get(r, "area_name"), StringComparer.Ordinal));
        var listed = table.Rows.Select(r => table.Get(r, "area_name")).ToHashSet(StringComparer.Ordinal);
        foreach (var name in names.Where(n => !listed.Contains(n)))
        {
            if (StateSuffix().Match(name) is { Success: true } match
                && match.Groups["codes"].Value.Split('-') is var codes
                && codes.All(states.Contains))
            {
                table.Rows.Add(table.NewRow(new Dictionary<string, string>
                {
                    ["area_name"] = name,
                    ["states"] = string.Join(';', codes),
                    ["official_title"] = name,
                    ["source_id"] = sourceId,
                }));
                listed.Add(name);
            }
        }

        return table;
    }

    [GeneratedRegex(@", (?<codes>[A-Z]{2}(?:-[A-Z]{2})*)$")]
    private static partial Regex StateSuffix();
}
