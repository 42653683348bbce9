using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data.Import;

namespace MaGuide.Web.Tests.Data.Import;

public sealed class ProjectionsImportTests
{
    private static readonly DateOnly Today = new(2026, 5, 1);

    private const string Note2024 =
        "\"BLS Employment Projections 2024-34, occupation.xlsx (official) | employment, change and openings converted from thousands to people (x 1,000)\"";

    private static (int Exit, string[] Lines) Import(string file, ContentPaths paths, DateOnly? today = null)
    {
        var output = new StringWriter();
        var exit = ProjectionsImport.Run(file, paths, output, today ?? Today);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>occupation.xlsx as BLS publishes it: table 1.1 first (no openings), then table 1.2 under two title lines.</summary>
    private static string OccupationXlsx(string downloads) => SheetFiles.Xlsx(downloads, "occupation.xlsx",
        ("Table 1.1",
        [
            ["Table 1.1 Employment by major occupational group, 2024 and projected 2034"],
            ["2024 National Employment Matrix title", "2024 National Employment Matrix code", "Employment, 2024", "Employment, 2034",
             "Employment change, numeric, 2024–34", "Employment change, percent, 2024–34"],
            ["Healthcare support occupations", "31-0000", "7,500.2", "8,400.1", "899.9", "12.0"],
        ]),
        ("Table 1.2",
        [
            ["Table 1.2 Occupational projections, 2024–34, and worker characteristics, 2024"],
            ["(Numbers in thousands)"],
            ["2024 National Employment Matrix title", "2024 National Employment Matrix code", "Occupation type", "Employment, 2024", "Employment, 2034",
             "Employment distribution, percent, 2024", "Employment change, numeric, 2024–34", "Employment change, percent, 2024–34",
             "Occupational openings, 2024–34 annual average", "Median annual wage, dollars, 2024[1]", "Typical education needed for entry"],
            ["Total, all occupations", "00-0000", "Summary", "169,000.0", "174,000.0", "100.0", "5,000.0", "3.0", "18,000.0", "49,500", "—"],
            ["Medical assistants", "31-9092", "Line item", "811.0", "912.2", "0.5", "101.2", "12.5", "112.3", "44,200", "Postsecondary nondegree award"],
            ["Nursing assistants", "31-1131", "Line item", "1,370.9", "1,410.2", "0.8", "39.3", "2.9", "201.4", "39,530", "Postsecondary nondegree award"],
            ["Footnotes:"],
            ["[1] Data are from the Occupational Employment and Wage Statistics program."],
        ]));

    [Fact]
    public void Projections_xlsx_table_adds_official_rows_in_people_beside_secondary_ones()
    {
        var (paths, downloads) = ImportContent.Create();

        var (exit, lines) = Import(OccupationXlsx(downloads), paths);

        Assert.Equal(0, exit);
        Assert.Equal(
        [
            $"cna,2024,2034,1370900,1410200,39300,2.9,201400,bls-emp-projections-2024-2034,,{Note2024}",
            $"medical-assistant,2024,2034,811000,912200,101200,12.5,112300,bls-emp-projections-2024-2034,,{Note2024}",
            "medical-assistant,2024,2034,811000,912200,,12,112300,web-a,,Web A citing BLS (secondary)",
            "medical-assistant,2024,2034,,,,19,,web-b,,Web B",
        ], ImportContent.Lines(paths, "projections.csv")[1..]);
        Assert.Equal(
            "bls-emp-projections-2024-2034,official,\"Employment Projections, 2024-34: occupational projections and worker characteristics\","
            + "U.S. Bureau of Labor Statistics,https://www.bls.gov/emp/tables.htm,2024-34,imported from occupation.xlsx on 2026-05-01,"
            + "\"official BLS table, read by import-projections; employment in thousands converted to people\"",
            ImportContent.Lines(paths, "sources.csv")[1]);
        Assert.Equal(
        [
            "Importing occupation.xlsx as source bls-emp-projections-2024-2034 (2024-34)",
            "  Read 3 occupation rows (2024 to 2034); kept 2 for the site's occupations.",
            "  Skipped 1 rows for occupations the site does not cover (or repeated).",
            "  Employment, change and openings are in thousands in the BLS table; the rows hold them multiplied by 1,000.",
            "  No row in this file for: phlebotomist (31-9097).",
            "projections.csv: 2 added, 0 changed, 0 removed",
            "sources.csv: 1 added, 0 changed, 0 removed",
            "No figure from this source changed.",
            "Headline figures (what readers see first) that changed:",
            "  projections.csv cna change_percent none -> 2.9 (2024-2034)",
            "  projections.csv medical-assistant change_percent 12 (2024-2034) -> 12.5 (2024-2034); now official, was reported",
            "Wrote projections.csv, sources.csv. Run check, then review and commit the changes.",
        ], lines);
    }

    [Fact]
    public void Projections_csv_export_takes_its_years_from_the_headers_and_a_second_run_changes_nothing()
    {
        var (paths, downloads) = ImportContent.Create();
        var file = SheetFiles.Text(downloads, "occupation.csv",
        [
            ["Occupational projections, 2023–33, and worker characteristics, 2023"],
            ["2023 National Employment Matrix title", "2023 National Employment Matrix code", "Employment, 2023[1]", "Employment, 2033",
             "Employment change, numeric, 2023–33", "Employment change, percent, 2023–33", "Occupational openings, 2023–33 annual average"],
            ["Phlebotomists", "31-9097", "143.1", "155.5", "12.4", "8.7", "19.5"],
            ["Chief executives", "11-1011", "211.2", "216.0", "4.8", "2.3", "17.5"],
        ]);
        Assert.Equal(0, Import(file, paths).Exit);
        var first = ImportContent.Snapshot(paths);

        var (exit, lines) = Import(file, paths, Today.AddDays(7));

        Assert.Equal(0, exit);
        Assert.Equal(first, ImportContent.Snapshot(paths));
        Assert.Equal(
            ["phlebotomist,2023,2033,143100,155500,12400,8.7,19500,bls-emp-projections-2023-2033,,\"BLS Employment Projections 2023-33, occupation.csv (official) | employment, change and openings converted from thousands to people (x 1,000)\""],
            ImportContent.RowsOf(paths, "projections.csv", "bls-emp-projections-2023-2033"));
        Assert.Equal(["projections.csv: 0 added, 0 changed, 0 removed", "sources.csv: 0 added, 0 changed, 0 removed", "No figure from this source changed.", "No headline figure (what readers see first) changed.", "No file changed."], lines[^5..]);
    }

    [Fact]
    public void Projections_file_of_unknown_layout_is_refused_with_the_missing_columns_named_and_nothing_written()
    {
        var (paths, downloads) = ImportContent.Create();
        var before = ImportContent.Snapshot(paths);
        var file = SheetFiles.Text(downloads, "projections.csv",
        [
            ["Occupation", "SOC", "Employment 2024", "Employment 2034", "Change"],
            ["Medical assistants", "31-9092", "811.0", "912.2", "12.5"],
        ]);

        var (exit, lines) = Import(file, paths);

        Assert.Equal(1, exit);
        Assert.Equal(
        [
            "projections.csv: layout not recognised; missing columns \"National Employment Matrix code (or Occupation Code)\", \"Employment change, numeric\", "
                + "\"Employment change, percent\", \"Occupational openings, annual average\"",
            "Nothing was written.",
        ], lines);
        Assert.Equal(before, ImportContent.Snapshot(paths));
    }
}
