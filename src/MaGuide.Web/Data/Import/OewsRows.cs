using MaGuide.Web.Data.Vocabulary;

namespace MaGuide.Web.Data.Import;

/// <summary>Turns the rows of an OEWS table into rows of wages.csv, metro_wages.csv and industry_wages.csv, counting what it leaves out.</summary>
internal sealed class OewsRows(OewsLayout layout, ImportContext context)
{
    // Cross-industry rows for one kind of ownership (private only; federal, state or local government).
    private static readonly string[] OwnershipTotals = ["000001", "999001", "999101", "999201", "999301"];

    private readonly List<ImportedRow> rows = [];
    private readonly HashSet<string> keys = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> skipped = new(StringComparer.Ordinal);
    private readonly SortedSet<string> olderCodes = new(StringComparer.Ordinal);
    private readonly HashSet<string> rolesSeen = new(StringComparer.Ordinal);
    private string? olderCode;
    private int read;

    private sealed record Place(TableSpec Spec, string Name, string Naics);

    public IReadOnlyList<ImportedRow> Rows => rows;

    public IReadOnlyList<string> Report() =>
    [
        $"Read {read} data rows; kept {rows.Count} for the site's occupations.",
        .. olderCodes.Select(c => $"Read {c}."),
        .. skipped.Select(s => $"Skipped {s.Value} {s.Key}."),
        .. Missing(context, rolesSeen),
    ];

    /// <summary>One line naming every covered role the file had no row for, so a gap is never silent.</summary>
    public static IEnumerable<string> Missing(ImportContext context, IReadOnlySet<string> seen)
    {
        var missing = context.RolesBySoc.Where(r => !seen.Contains(r.Value)).OrderBy(r => r.Value, StringComparer.Ordinal).Select(r => $"{r.Value} ({r.Key})").ToList();
        return missing.Count == 0 ? [] : [$"No row in this file for: {string.Join(", ", missing)}."];
    }

    public void Add(HeaderMatch header, IReadOnlyList<string> cells, int number)
    {
        if (cells.All(string.IsNullOrWhiteSpace))
        {
            return;
        }

        read++;
        var where = $"{layout.FileName} row {number}";
        var code = header.Cell(cells, "OCC_CODE");
        olderCode = null;
        if (!context.RolesBySoc.ContainsKey(code) && SocCodes.Current(code) is { } current && context.RolesBySoc.ContainsKey(current.Code2018))
        {
            olderCodes.Add($"SOC 2010 code {code} ({current.Title2010}) as SOC 2018 {current.Code2018} ({context.RolesBySoc[current.Code2018]})");
            olderCode = $"SOC 2010 code {code} ({current.Title2010}), filed under SOC 2018 {current.Code2018}";
            code = current.Code2018;
        }

        if (!context.RolesBySoc.TryGetValue(code, out var role))
        {
            Skip("rows for occupations the site does not cover");
        }
        else if (header.Cell(cells, "O_GROUP").ToLowerInvariant() is not ("" or "detailed" or "detail"))
        {
            Skip("rows for occupation groups rather than detailed occupations");
        }
        else if (Locate(header, cells, where) is { } place)
        {
            Keep(header, cells, where, role, place);
        }
    }

    private void Keep(HeaderMatch header, IReadOnlyList<string> cells, string where, string role, Place place)
    {
        rolesSeen.Add(role);
        if (!keys.Add($"{place.Spec.FileName}|{role}|{place.Name}"))
        {
            Skip("rows repeating an earlier row's occupation and area or industry (the first was kept)");
            return;
        }

        var row = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["role"] = role,
            [place.Spec.NameColumn] = place.Name,
            ["period"] = layout.Period,
            ["source_id"] = layout.SourceId,
        };
        var notes = new List<string> { $"BLS OEWS {layout.Period}, {layout.FileName} (official)" };
        if (olderCode is not null)
        {
            notes.Add(olderCode);
        }

        var topCoded = new List<string>();
        foreach (var (column, bls, format) in place.Spec.BlsFigures)
        {
            var (kind, value) = BlsNumber.Read(header.Cell(cells, bls), $"{where}, {bls}");
            row[column] = kind == BlsCell.Number ? format(value) : "";
            if (kind == BlsCell.TopCoded)
            {
                topCoded.Add(column);
            }
        }

        AddNotes(header, cells, notes, topCoded);
        row["note"] = string.Join(" | ", notes);
        if (place.Spec == TableSpec.Wages)
        {
            row["period_inferred"] = "false";
        }

        if (place.Spec == TableSpec.IndustryWages)
        {
            row["naics"] = place.Naics;
        }

        rows.Add(new ImportedRow(place.Spec, row, MetroAliases(place)));
    }

    private static void AddNotes(HeaderMatch header, IReadOnlyList<string> cells, List<string> notes, List<string> topCoded)
    {
        if (topCoded.Count > 0)
        {
            notes.Add($"above BLS top-coded wage: {string.Join(", ", topCoded)}");
        }

        if (header.Cell(cells, "ANNUAL").Equals("TRUE", StringComparison.OrdinalIgnoreCase))
        {
            notes.Add("BLS gives annual wages only for this occupation");
        }

        if (header.Cell(cells, "HOURLY").Equals("TRUE", StringComparison.OrdinalIgnoreCase))
        {
            notes.Add("BLS gives hourly wages only for this occupation");
        }
    }

    /// <summary>Other pages print a metro without its states ("Boston-Cambridge-Newton" for "…, MA-NH").</summary>
    private static string[] MetroAliases(Place place) =>
        place.Spec == TableSpec.MetroWages && place.Name.LastIndexOf(", ", StringComparison.Ordinal) is > 0 and var comma
            ? [place.Name[..comma]]
            : [];

    private Place? Locate(HeaderMatch header, IReadOnlyList<string> cells, string where)
    {
        var naics = header.Cell(cells, "NAICS");
        var areaType = header.Has("AREA_TYPE") ? AreaType(header.Cell(cells, "AREA_TYPE"), where) : layout.DefaultAreaType;
        if (naics.Length > 0 && naics.Any(c => c != '0'))
        {
            return Industry(header, cells, where, naics, areaType);
        }

        if (layout.IsIndustryFile)
        {
            return Skip("cross-industry rows (import the national file for these)");
        }

        return areaType switch
        {
            1 => new Place(TableSpec.Wages, WellKnown.NationalArea, ""),
            2 => State(Needed(header, cells, "PRIM_STATE", where).ToUpperInvariant()),
            3 => Skip("rows for U.S. territories"),
            4 => new Place(TableSpec.MetroWages, Needed(header, cells, "AREA_TITLE", where), ""),
            6 => Skip("rows for nonmetropolitan areas"),
            _ => Skip($"rows for area type {areaType}"),
        };
    }

    private Place? Industry(HeaderMatch header, IReadOnlyList<string> cells, string where, string naics, int? areaType)
    {
        var title = Needed(header, cells, "NAICS_TITLE", where);
        if (OwnershipTotals.Contains(naics) || title.StartsWith("Cross-industry", StringComparison.OrdinalIgnoreCase))
        {
            return Skip("cross-industry rows for one kind of ownership");
        }

        return areaType == 1 ? new Place(TableSpec.IndustryWages, title, naics) : Skip("industry rows below national level");
    }

    private Place? State(string code) =>
        context.AreaCodes is null || context.AreaCodes.Contains(code) ? new Place(TableSpec.Wages, code, "") : Skip("rows for areas not in areas.csv");

    private static int? AreaType(string cell, string where) =>
        BlsNumber.Read(cell, $"{where}, AREA_TYPE") is (BlsCell.Number, var value) ? (int)value : null;

    private static string Needed(HeaderMatch header, IReadOnlyList<string> cells, string column, string where) =>
        header.Cell(cells, column) is { Length: > 0 } value ? value : throw new ImportException($"{where}: {column} is empty");

    private Place? Skip(string reason)
    {
        skipped[reason] = skipped.GetValueOrDefault(reason) + 1;
        return null;
    }
}
