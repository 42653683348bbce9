using System.Globalization;
using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Data.Import;

/// <summary>
/// <c>import-projections FILE</c>: reads the BLS Employment Projections occupation table and makes its figures the
/// preferred rows of projections.csv. BLS gives employment in thousands; the rows hold people.
/// </summary>
public static class ProjectionsImport
{
    private const decimal Thousand = 1000m;

    /// <summary>
    /// BLS gives employment in thousands, so no occupation reaches this figure in a thousands column; a base
    /// employment at or above it means the file gives people, and then nothing is multiplied.
    /// </summary>
    private const decimal PeopleThreshold = 50_000m;

    /// <summary>Returns the exit code: 0 when imported (or nothing to change), 1 when the file was refused.</summary>
    public static int Run(string file, ContentPaths paths, TextWriter output) =>
        Run(file, paths, output, DateOnly.FromDateTime(DateTime.Now));

    internal static int Run(string file, ContentPaths paths, TextWriter output, DateOnly today) =>
        ImportRunner.Run(file, paths, output, today, Read);

    private static ImportBatch Read(string file, ImportContext context)
    {
        var name = Path.GetFileName(file);
        var kept = new List<(HeaderMatch Header, IReadOnlyList<string> Cells, string Where, string Role)>();
        var (read, skipped) = (0, 0);
        var header = TableFile.Scan(file, ProjectionsLayout.Match, (header, cells, number) =>
        {
            var code = ProjectionsLayout.Code(header.Cell(cells, "CODE"));
            if (code.Length == 0)
            {
                return;
            }

            read++;
            if (!context.RolesBySoc.TryGetValue(code, out var role) || kept.Any(r => r.Role == role))
            {
                skipped++;
                return;
            }

            kept.Add((header, cells, $"{name} row {number}", role));
        });
        var inPeople = kept.Any(k => BlsNumber.Read(k.Header.Cell(k.Cells, "BASE"), k.Where) is (BlsCell.Number, >= PeopleThreshold));
        var rows = kept.Select(k => Row(k.Header, k.Cells, k.Where, k.Role, name, inPeople)).ToList();
        var period = Period(header.Years);
        return new ImportBatch(Source(period, header.Years, name, context.Today), [TableSpec.Projections], rows,
        [
            .. TableFile.EncodingReport(file),
            $"Read {read} occupation rows ({header.Years[0]} to {header.Years[1]}); kept {rows.Count} for the site's occupations.",
            $"Skipped {skipped} rows for occupations the site does not cover (or repeated).",
            inPeople
                ? $"Employment figures of {PeopleThreshold:0,0} or more mean this file gives people, not thousands; they were kept as they are."
                : "Employment, change and openings are in thousands in the BLS table; the rows hold them multiplied by 1,000.",
            .. OewsRows.Missing(context, kept.Select(k => k.Role).ToHashSet(StringComparer.Ordinal)),
        ]);
    }

    private static ImportedRow Row(HeaderMatch header, IReadOnlyList<string> cells, string where, string role, string file, bool inPeople)
    {
        string Figure(string column, Func<decimal, string> format) =>
            BlsNumber.Read(header.Cell(cells, column), $"{where}, {column}") is (BlsCell.Number, var value) ? format(value) : "";
        string People(decimal figure) => BlsNumber.Whole(inPeople ? figure : figure * Thousand);

        var row = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["role"] = role,
            ["base_year"] = header.Years[0].ToString(CultureInfo.InvariantCulture),
            ["target_year"] = header.Years[1].ToString(CultureInfo.InvariantCulture),
            ["employment_base"] = Figure("BASE", People),
            ["employment_target"] = Figure("TARGET", People),
            ["change_number"] = Figure("CHANGE_NUMBER", People),
            ["change_percent"] = Figure("CHANGE_PERCENT", v => v.ToString("0.0#####", CultureInfo.InvariantCulture)),
            ["annual_openings"] = Figure("OPENINGS", People),
            ["source_id"] = SourceId(header.Years),
            ["note"] = $"BLS Employment Projections {Period(header.Years)}, {file} (official)"
                + (inPeople ? "" : " | employment, change and openings converted from thousands to people (x 1,000)"),
        };
        return new ImportedRow(TableSpec.Projections, row, []);
    }

    private static string Period(IReadOnlyList<int> years) => $"{years[0]}-{years[1] % 100:00}";

    private static string SourceId(IReadOnlyList<int> years) => $"bls-emp-projections-{years[0]}-{years[1]}";

    private static Source Source(string period, IReadOnlyList<int> years, string file, DateOnly today) => new()
    {
        Id = SourceId(years),
        Kind = Data.Trust.SourceKinds.Official,
        Title = $"Employment Projections, {period}: occupational projections and worker characteristics",
        Publisher = "U.S. Bureau of Labor Statistics",
        Url = "https://www.bls.gov/emp/tables.htm",
        Period = period,
        Retrieved = $"imported from {file} on {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
        Note = "official BLS table, read by import-projections; employment in thousands converted to people",
    };
}
