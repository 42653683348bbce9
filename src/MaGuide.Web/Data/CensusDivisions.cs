namespace MaGuide.Web.Data;

/// <summary>The U.S. Census Bureau division and region a state (or DC) belongs to (content/data/census_divisions.csv).</summary>
public sealed class CensusDivision
{
    public required string StateCode { get; init; }

    /// <summary>One of the nine divisions, e.g. "Pacific" (<see cref="CensusDivisions.Regions"/> lists them).</summary>
    public required string Division { get; init; }

    /// <summary>The region of the division: Northeast, Midwest, South or West.</summary>
    public required string Region { get; init; }

    public required string SourceId { get; init; }
}

/// <summary>Reads and checks census_divisions.csv: one row per state, a known division, the division's own region.</summary>
public static class CensusDivisions
{
    /// <summary>The nine Census divisions and the region each belongs to.</summary>
    public static readonly IReadOnlyDictionary<string, string> Regions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["New England"] = "Northeast",
        ["Middle Atlantic"] = "Northeast",
        ["East North Central"] = "Midwest",
        ["West North Central"] = "Midwest",
        ["South Atlantic"] = "South",
        ["East South Central"] = "South",
        ["West South Central"] = "South",
        ["Mountain"] = "West",
        ["Pacific"] = "West",
    };

    internal static List<CensusDivision> Read(CsvTable? table, IReadOnlySet<string> states, IReadOnlySet<string> sourceIds, List<Content.ContentProblem> problems)
    {
        var rows = new List<CensusDivision>();
        if (table is null)
        {
            return rows;
        }

        var seen = new DataSetReader.UniqueKeys(table);
        foreach (var row in table.Rows)
        {
            var division = row.Required("division");
            var region = row.Required("region");
            if (!Regions.TryGetValue(division, out var expected))
            {
                row.Problem($"division \"{division}\" is not one of {string.Join(", ", Regions.Keys)}");
            }
            else if (region != expected)
            {
                row.Problem($"region \"{region}\" is not the region of {division} ({expected})");
            }

            var entry = new CensusDivision
            {
                StateCode = row.Reference("state", states, "state code in areas.csv"),
                Division = division,
                Region = region,
                SourceId = row.Reference("source_id", sourceIds, "source"),
            };
            seen.Check(row, entry.StateCode);
            rows.Add(entry);
        }

        var missing = states.Except(rows.Select(r => r.StateCode)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new(table.DisplayPath, 1, $"no division for {string.Join(", ", missing)} (every state in areas.csv needs one)"));
        }

        return rows;
    }
}
