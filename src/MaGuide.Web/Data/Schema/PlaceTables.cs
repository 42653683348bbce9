namespace MaGuide.Web.Data.Schema;

/// <summary>Where places lie: each state's Census division, and each metro's states.</summary>
public static partial class Tables
{
    public static readonly TableSchema<CensusDivision> CensusDivisionRows = new TableSchema<CensusDivision>("census_divisions.csv", "The Census Bureau division and region of each state; the sitemap lists each state compared with the others of its division.")
        .Ref("state", d => d.StateCode, "states", "state code in areas.csv")
        .Required("division", d => d.Division)
        .Required("region", d => d.Region)
        .Source(d => d.SourceId)
        .Check((row, d, _) =>
        {
            if (!CensusDivisions.Regions.TryGetValue(d.Division, out var expected))
            {
                row.Problem($"division \"{d.Division}\" is not one of {string.Join(", ", CensusDivisions.Regions.Keys)}");
            }
            else if (d.Region != expected)
            {
                row.Problem($"region \"{d.Region}\" is not the region of {d.Division} ({expected})");
            }
        })
        .Must("state", "division", "region", "source_id")
        .Unique(["state"], d => d.StateCode)
        .AfterAll((table, rows, keys) =>
        {
            var missing = keys["states"].Except(rows.Select(r => r.Entity.StateCode)).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                table.Problem(1, $"no division for {string.Join(", ", missing)} (every state in areas.csv needs one)");
            }
        })
        .Download(rows => rows.OrderBy(d => d.StateCode, StringComparer.Ordinal));

    /// <summary>
    /// Read by <see cref="MetroStates.Read"/>, whose rules also look at metro_wages.csv's lines; the schema gives the
    /// file, its columns and the download.
    /// </summary>
    public static readonly TableSchema<MetroState> MetroStateRows = new TableSchema<MetroState>("metro_states.csv", "Which state or states each metro area of the metro pay table lies in, as named by a BLS page; a metro no page placed in a state has none.")
        .Required("area_name", m => m.AreaName)
        .Text("states", m => m.States)
        .Text("official_title", m => m.OfficialTitle)
        .OrNull("source_id", m => m.SourceId)
        .Text("note", m => m.Note)
        .Must("area_name", "states", "official_title", "source_id", "note")
        .Unique(["area_name"], m => m.AreaName)
        .Download(rows => rows.OrderBy(m => m.AreaName, StringComparer.Ordinal));
}
