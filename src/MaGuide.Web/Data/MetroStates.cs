using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Data;

/// <summary>
/// Which state or states a metro area of metro_wages.csv lies in (content/data/metro_states.csv), as named by an
/// official page: one row per metro <see cref="AreaName"/>. A metro no page we read places in a state has no states,
/// no source and a note saying so; it is shown on the metro pay page only.
/// </summary>
public sealed class MetroState
{
    /// <summary>The metro's name exactly as in metro_wages.csv (the key).</summary>
    public required string AreaName { get; init; }

    /// <summary>Two-letter codes of areas.csv, separated by <c>;</c> (e.g. <c>NY;NJ;PA</c>); empty when not sourced.</summary>
    public string States { get; init; } = "";

    /// <summary>The area's title as the official page prints it, state suffix included (e.g. "Chicago-Naperville-Elgin, IL-IN-WI").</summary>
    public string OfficialTitle { get; init; } = "";

    /// <summary>The source that names the states; null when <see cref="States"/> is empty.</summary>
    public string? SourceId { get; init; }

    public string Note { get; init; } = "";

    /// <summary>The state codes, in file order.</summary>
    public IReadOnlyList<string> StateCodes => MetroStates.Split(States);
}

/// <summary>Reads and checks metro_states.csv against areas.csv, sources.csv and metro_wages.csv.</summary>
public static class MetroStates
{
    /// <summary>The codes of a <c>states</c> cell: <c>"NY; NJ;PA"</c> → NY, NJ, PA.</summary>
    public static IReadOnlyList<string> Split(string states) =>
        states.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// The rows of metro_states.csv. Errors (file:line): an unknown state code, a state listed twice, a metro not in
    /// metro_wages.csv, a metro listed twice, states without a source or title, a row without states and without a
    /// note; and, at the metro's first line in metro_wages.csv, a metro that metro_states.csv does not list.
    /// </summary>
    internal static List<MetroState> Read(CsvTable? table, CsvTable? wagesTable, IReadOnlySet<string> states, IReadOnlySet<string> sourceIds, List<ContentProblem> problems)
    {
        var rows = new List<MetroState>();
        if (table is null)
        {
            return rows;
        }

        var metroLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in wagesTable?.Rows ?? [])
        {
            metroLines.TryAdd(row.Text("area_name"), row.Line);
        }

        var seen = new Schema.UniqueKeys(table);
        foreach (var row in table.Rows)
        {
            var name = row.Required("area_name");
            seen.Check(row, name);
            if (wagesTable is not null && name.Length > 0 && !metroLines.ContainsKey(name))
            {
                row.Problem($"metro \"{name}\" is not an area_name in metro_wages.csv");
            }

            var codes = Split(row.Text("states"));
            foreach (var code in codes.Where(c => !states.Contains(c)))
            {
                row.Problem($"state code \"{code}\" is not a state in areas.csv");
            }

            foreach (var code in codes.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                row.Problem($"state code \"{code.Key}\" is listed more than once");
            }

            var note = row.Text("note");
            string? sourceId = null;
            if (codes.Count == 0)
            {
                if (note.Length == 0)
                {
                    row.Problem("a metro without states needs a note saying why no state is given");
                }

                if (row.Text("source_id").Length > 0 || row.Text("official_title").Length > 0)
                {
                    row.Problem("source_id and official_title must be empty when states is empty");
                }
            }
            else
            {
                sourceId = row.Reference("source_id", sourceIds, "source");
                row.Required("official_title");
            }

            rows.Add(new MetroState
            {
                AreaName = name,
                States = string.Join(';', codes),
                OfficialTitle = row.Text("official_title"),
                SourceId = sourceId,
                Note = note,
            });
        }

        var listed = rows.Select(r => r.AreaName).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, line) in metroLines.Where(m => m.Key.Length > 0 && !listed.Contains(m.Key)))
        {
            problems.Add(new(wagesTable!.DisplayPath, line, $"metro \"{name}\" is not in metro_states.csv (add a row naming its states, or none with a note)"));
        }

        return rows;
    }
}
