using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data.Import;

namespace MaGuide.Web.Tests.Data.Import;

public sealed class OewsImportTests
{
    private static readonly DateOnly Today = new(2026, 5, 1);

    private static readonly Dictionary<string, string> Us = new()
    {
        ["AREA"] = "99",
        ["AREA_TITLE"] = "U.S.",
        ["AREA_TYPE"] = "1",
        ["PRIM_STATE"] = "US",
        ["NAICS"] = "000000",
        ["NAICS_TITLE"] = "Cross-industry",
        ["I_GROUP"] = "cross-industry",
        ["OWN_CODE"] = "1235",
    };

    private static (int Exit, string[] Lines) Import(string file, ContentPaths paths, DateOnly? today = null)
    {
        var output = new StringWriter();
        var exit = OewsImport.Run(file, paths, output, today ?? Today);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static Dictionary<string, string> At(Dictionary<string, string> area, Dictionary<string, string> wages) =>
        wages.With([.. area.Select(a => (a.Key, a.Value))]);

    private static string NationalXlsx(string downloads, string annualMedian = "44750", bool withCna = true)
    {
        var rows = new List<Dictionary<string, string>>
        {
            At(Us, OewsTable.Wages("00-0000", "All Occupations").With(("O_GROUP", "total"), ("TOT_EMP", "151,853,870"))),
            At(Us, OewsTable.Wages("31-9092", "Medical Assistants", annualMedian).With(("H_PCT90", "#"), ("A_PCT90", "#"))),
            At(Us, OewsTable.Wages("29-9099", "Healthcare Practitioners and Technical Workers, All Other")),
        };
        if (withCna)
        {
            rows.Add(At(Us, OewsTable.Wages("31-1131", "Nursing Assistants", "39530")
                .With(("H_PCT10", "*"), ("A_PCT10", "**"), ("TOT_EMP", "1,351,890"))));
        }

        return SheetFiles.Xlsx(downloads, "national_M2024_dl.xlsx",
            ("Field Descriptions", [["Field", "Field Description"], ["area", "U.S. (99), state FIPS code, ..."]]),
            ("national_M2024_dl", OewsTable.Build(OewsTable.Header2024, [.. rows])));
    }

    [Fact]
    public void Oews_national_file_adds_official_rows_beside_secondary_ones()
    {
        var (paths, downloads) = ImportContent.Create();

        var (exit, lines) = Import(NationalXlsx(downloads), paths);

        Assert.Equal(0, exit);
        Assert.Equal(
        [
            "cna,US,May 2023,1300000,,,,,,,38000,,,,,,,,web-b,,false,older year; must stay as it is",
            "cna,US,May 2024,1351890,21.97,,18.07,21.50,24.62,28.61,45690,,37580,39530,51210,59510,,,bls-oews-m2024-national,,false,\"BLS OEWS May 2024, national_M2024_dl.xlsx (official)\"",
            "medical-assistant,US,May 2024,764750,21.97,15.93,18.07,21.50,24.62,,45690,33140,37580,44750,51210,,,,bls-oews-m2024-national,,false,\"BLS OEWS May 2024, national_M2024_dl.xlsx (official) | above BLS top-coded wage: hourly_p90, annual_p90\"",
            "medical-assistant,US,May 2024,,,,,,,,,,,44200,,,,,web-a,,true,Web A citing BLS (secondary)",
            "medical-assistant,US,May 2024,,,,,,,,43000,,,,,,,,web-b,,false,Web B",
            "medical-assistant,CA,May 2024,,,,,,,,52000,,,,,,,,web-a,,false,wage type not stated",
        ], ImportContent.Lines(paths, "wages.csv")[1..]);
        Assert.Equal(
            "bls-oews-m2024-national,official,\"Occupational Employment and Wage Statistics, May 2024: national estimates\",U.S. Bureau of Labor Statistics,"
            + "https://www.bls.gov/oes/tables.htm,May 2024,imported from national_M2024_dl.xlsx on 2026-05-01,\"official BLS download, read by import-oews\"",
            ImportContent.Lines(paths, "sources.csv")[1]);
        Assert.Equal(
        [
            "Importing national_M2024_dl.xlsx as source bls-oews-m2024-national (May 2024)",
            "  Read 4 data rows; kept 2 for the site's occupations.",
            "  Skipped 2 rows for occupations the site does not cover.",
            "  No row in this file for: phlebotomist (31-9097).",
            "wages.csv: 2 added, 0 changed, 0 removed",
            "metro_wages.csv: 0 added, 0 changed, 0 removed",
            "industry_wages.csv: 0 added, 0 changed, 0 removed",
            "sources.csv: 1 added, 0 changed, 0 removed",
            "No figure from this source changed.",
            "Headline figures (what readers see first) that changed:",
            "  wages.csv US cna annual_mean 38000 (May 2023) -> annual_median 39530 (May 2024); now official, was reported",
            "  wages.csv US medical-assistant annual_mean 43000 (May 2024) -> annual_median 44750 (May 2024); now official, was reported",
            "Wrote wages.csv, sources.csv. Run check, then review and commit the changes.",
        ], lines);
    }

    [Fact]
    public void Oews_state_file_adds_official_rows_beside_secondary_ones()
    {
        var (paths, downloads) = ImportContent.Create();
        // Older downloads spell the columns in lower case and differently: area_name, prim_state, "occ code", group.
        string[] canonical = ["AREA", "AREA_TITLE", "PRIM_STATE", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "JOBS_1000", "LOC_QUOTIENT",
            "H_MEAN", "A_MEAN", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "ANNUAL", "HOURLY"];
        string[] older = ["area", "area_name", "prim_state", "occ code", "occ_title", "group", "tot_emp", "jobs_1000", "loc_quotient",
            "h_mean", "a_mean", "h_pct10", "h_pct25", "h_median", "h_pct75", "h_pct90", "a_pct10", "a_pct25", "a_median", "a_pct75", "a_pct90", "annual", "hourly"];
        var ca = new Dictionary<string, string> { ["AREA"] = "06", ["AREA_TITLE"] = "California", ["PRIM_STATE"] = "CA" };
        var rows = OewsTable.Build(canonical,
            At(ca, OewsTable.Wages("31-9092", "Medical assistants").With(("TOT_EMP", "105,870"), ("A_MEAN", "53,310"), ("JOBS_1000", "5.835"), ("LOC_QUOTIENT", "1.12"))),
            At(ca, OewsTable.Wages("11-1011", "Chief executives")),
            OewsTable.Wages("31-9097", "Phlebotomists").With(("PRIM_STATE", "tx"), ("JOBS_1000", "~"), ("LOC_QUOTIENT", "**"), ("A_MEDIAN", "*")),
            OewsTable.Wages("31-9092", "Medical assistants").With(("PRIM_STATE", "PR")));
        rows[0] = older;

        var (exit, lines) = Import(SheetFiles.Text(downloads, "state_M2024_dl.csv", rows), paths);

        Assert.Equal(0, exit);
        Assert.Equal(
        [
            "medical-assistant,CA,May 2024,105870,21.97,15.93,18.07,21.50,24.62,28.61,53310,33140,37580,44750,51210,59510,5.835,1.12,bls-oews-m2024-state,,false,\"BLS OEWS May 2024, state_M2024_dl.csv (official)\"",
            "medical-assistant,CA,May 2024,,,,,,,,52000,,,,,,,,web-a,,false,wage type not stated",
            "phlebotomist,TX,May 2024,764750,21.97,15.93,18.07,21.50,24.62,28.61,45690,33140,37580,,51210,59510,,,bls-oews-m2024-state,,false,\"BLS OEWS May 2024, state_M2024_dl.csv (official)\"",
        ], ImportContent.Lines(paths, "wages.csv")[^3..]);
        Assert.Contains("  Skipped 1 rows for areas not in areas.csv.", lines);
        Assert.Contains("  Skipped 1 rows for occupations the site does not cover.", lines);
        Assert.Contains("wages.csv: 2 added, 0 changed, 0 removed", lines);
    }

    [Fact]
    public void Oews_msa_tab_separated_file_fills_metro_wages_and_files_a_shortened_name_under_the_bls_name()
    {
        var (paths, downloads) = ImportContent.Create();
        Dictionary<string, string> Metro(string title, string type) => new() { ["AREA_TITLE"] = title, ["AREA_TYPE"] = type, ["PRIM_STATE"] = "MA" };
        var rows = OewsTable.Build(OewsTable.Header2024,
            At(Metro("Boston-Cambridge-Newton, MA-NH", "4"), OewsTable.Wages("31-9092", "Medical Assistants")
                .With(("TOT_EMP", "21,030"), ("H_MEAN", "25.41"), ("A_MEAN", "52,850"), ("A_MEDIAN", "51,990"))),
            At(Metro("Northwest Massachusetts nonmetropolitan area", "6"), OewsTable.Wages("31-9092", "Medical Assistants")),
            At(Metro("Columbus, OH", "4"), OewsTable.Wages("31-1131", "Nursing Assistants").With(("A_MEDIAN", "#"))));

        var (exit, lines) = Import(SheetFiles.Text(downloads, "MSA_M2024_dl.txt", rows, "\t"), paths);

        Assert.Equal(0, exit);
        Assert.Equal(
        [
            "cna,\"Columbus, OH\",May 2024,764750,21.97,45690,,bls-oews-m2024-msa,,\"BLS OEWS May 2024, MSA_M2024_dl.txt (official) | above BLS top-coded wage: annual_median\"",
            "medical-assistant,\"Boston-Cambridge-Newton, MA-NH\",May 2024,21030,25.41,52850,51990,bls-oews-m2024-msa,,\"BLS OEWS May 2024, MSA_M2024_dl.txt (official)\"",
            "medical-assistant,\"Boston-Cambridge-Newton, MA-NH\",May 2024,20000,,50000,,web-a,,\"Web A list of metros | area name as printed: \"\"Boston-Cambridge-Newton\"\"\"",
        ], ImportContent.Lines(paths, "metro_wages.csv")[1..]);
        Assert.Contains("  Skipped 1 rows for nonmetropolitan areas.", lines);
        Assert.Contains("metro_wages.csv: 2 added, 1 changed, 0 removed", lines);
        Assert.Contains("  metro_wages.csv Boston-Cambridge-Newton, MA-NH medical-assistant annual_mean none -> 52850 (May 2024)", lines);
        Assert.Contains("  metro_wages.csv Boston-Cambridge-Newton medical-assistant annual_mean 50000 (May 2024) -> none", lines);
        Assert.Contains("No figure from this source changed.", lines);
        // Each metro is placed in the states its BLS title names; the row of the refiled short name goes.
        Assert.Equal(
        [
            "\"Columbus, OH\",OH,\"Columbus, OH\",bls-oews-m2024-msa,",
            "\"Boston-Cambridge-Newton, MA-NH\",MA;NH,\"Boston-Cambridge-Newton, MA-NH\",bls-oews-m2024-msa,",
        ], ImportContent.Lines(paths, "metro_states.csv")[1..]);
        Assert.Contains("metro_states.csv: 2 added, 0 changed, 1 removed (metros placed in the states their BLS title names)", lines);
    }

    [Fact]
    public void Oews_industry_file_fills_industry_wages_with_naics_and_skips_cross_industry_rows()
    {
        var (paths, downloads) = ImportContent.Create();
        Dictionary<string, string> Industry(string naics, string title, string group) =>
            new(Us) { ["NAICS"] = naics, ["NAICS_TITLE"] = title, ["I_GROUP"] = group };
        var rows = OewsTable.Build(OewsTable.Header2024,
            At(Industry("000000", "Cross-industry", "cross-industry"), OewsTable.Wages("31-9092", "Medical Assistants")),
            At(Industry("000001", "Cross-industry, private ownership only", "cross-industry, private ownership only"), OewsTable.Wages("31-9092", "Medical Assistants")),
            At(Industry("621100", "Offices of Physicians", "4-digit"), OewsTable.Wages("31-9092", "Medical Assistants").With(("A_MEAN", "44,980"))),
            At(Industry("621400", "Outpatient Care Centers", "3-digit"), OewsTable.Wages("31-9092", "Medical Assistants")),
            At(Industry("621400", "Outpatient Care Centers", "4-digit"), OewsTable.Wages("31-9092", "Medical Assistants")));

        var (exit, lines) = Import(SheetFiles.Xlsx(downloads, "nat4d_M2024_dl.xlsx", inlineStrings: true, ("nat4d_M2024_dl", rows)), paths);

        Assert.Equal(0, exit);
        Assert.Equal(
        [
            "medical-assistant,Offices of Physicians,621100,May 2024,764750,21.97,44980,bls-oews-m2024-nat4d,,\"BLS OEWS May 2024, nat4d_M2024_dl.xlsx (official)\"",
            "medical-assistant,Offices of Physicians,,May 2024,,,45000,web-a,,\"Web A, wage type not stated | industry name as printed: \"\"Offices of physicians\"\"\"",
            "medical-assistant,Outpatient Care Centers,621400,May 2024,764750,21.97,45690,bls-oews-m2024-nat4d,,\"BLS OEWS May 2024, nat4d_M2024_dl.xlsx (official)\"",
        ], ImportContent.Lines(paths, "industry_wages.csv")[1..]);
        Assert.Empty(ImportContent.RowsOf(paths, "wages.csv", "bls-oews-m2024-nat4d"));
        Assert.Contains("  Skipped 1 cross-industry rows (import the national file for these).", lines);
        Assert.Contains("  Skipped 1 cross-industry rows for one kind of ownership.", lines);
        Assert.Contains("  Skipped 1 rows repeating an earlier row's occupation and area or industry (the first was kept).", lines);
        Assert.Contains("No figure from this source changed.", lines);
    }

    [Fact]
    public void Oews_all_data_file_run_twice_changes_no_byte_the_second_time()
    {
        var (paths, downloads) = ImportContent.Create();
        var rows = OewsTable.Build(OewsTable.Header2024,
            At(Us, OewsTable.Wages("31-9092", "Medical Assistants")),
            At(new(Us) { ["AREA_TYPE"] = "2", ["PRIM_STATE"] = "CA", ["AREA_TITLE"] = "California" }, OewsTable.Wages("31-9092", "Medical Assistants")),
            At(new(Us) { ["AREA_TYPE"] = "4", ["AREA_TITLE"] = "Boston-Cambridge-Newton, MA-NH" }, OewsTable.Wages("31-9092", "Medical Assistants")),
            At(new(Us) { ["NAICS"] = "621100", ["NAICS_TITLE"] = "Offices of Physicians" }, OewsTable.Wages("31-9092", "Medical Assistants")));
        var file = SheetFiles.Text(downloads, "all_data_M_2024.csv", rows);
        Assert.Equal(0, Import(file, paths).Exit);
        var first = ImportContent.Snapshot(paths);

        var (exit, lines) = Import(file, paths, Today.AddDays(30));

        Assert.Equal(0, exit);
        Assert.Equal(first, ImportContent.Snapshot(paths));
        Assert.Single(ImportContent.RowsOf(paths, "wages.csv", "bls-oews-m2024-all-data"), r => r.StartsWith("medical-assistant,US,", StringComparison.Ordinal));
        Assert.Single(ImportContent.RowsOf(paths, "metro_wages.csv", "bls-oews-m2024-all-data"));
        Assert.Single(ImportContent.RowsOf(paths, "industry_wages.csv", "bls-oews-m2024-all-data"));
        Assert.Equal(
        [
            "wages.csv: 0 added, 0 changed, 0 removed",
            "metro_wages.csv: 0 added, 0 changed, 0 removed",
            "industry_wages.csv: 0 added, 0 changed, 0 removed",
            "sources.csv: 0 added, 0 changed, 0 removed",
            "No figure from this source changed.",
            "No headline figure (what readers see first) changed.",
            "No file changed.",
        ], lines[^7..]);
    }

    [Fact]
    public void Oews_corrected_file_updates_its_own_rows_and_the_source_date()
    {
        var (paths, downloads) = ImportContent.Create();
        Import(NationalXlsx(downloads), paths);
        var corrected = Path.Combine(downloads, "corrected");
        Directory.CreateDirectory(corrected);

        var (exit, lines) = Import(NationalXlsx(corrected, annualMedian: "45000", withCna: false), paths, Today.AddDays(1));

        Assert.Equal(0, exit);
        Assert.Contains("wages.csv: 0 added, 1 changed, 1 removed", lines);
        Assert.Contains("sources.csv: 0 added, 1 changed, 0 removed", lines);
        Assert.Contains("  wages.csv US May 2024 medical-assistant annual_median 44750 -> 45000", lines);
        Assert.Contains("imported from national_M2024_dl.xlsx on 2026-05-02", ImportContent.Lines(paths, "sources.csv")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Oews_file_of_unknown_layout_is_refused_with_the_missing_columns_named_and_nothing_written()
    {
        var (paths, downloads) = ImportContent.Create();
        var before = ImportContent.Snapshot(paths);
        var file = SheetFiles.Xlsx(downloads, "national_M2024_dl.xlsx",
            ("Sheet1", [["OCC_CODE", "OCC_TITLE", "H_MEAN", "A_MEAN", "H_MEDIAN"], ["31-9092", "Medical Assistants", "21.97", "45690", "21.52"]]));

        var (exit, lines) = Import(file, paths);

        Assert.Equal(1, exit);
        Assert.Equal(["national_M2024_dl.xlsx: layout not recognised; missing columns TOT_EMP, A_MEDIAN", "Nothing was written."], lines);
        Assert.Equal(before, ImportContent.Snapshot(paths));
    }

    [Fact]
    public void Oews_all_data_file_without_area_columns_is_refused_naming_them()
    {
        var (paths, downloads) = ImportContent.Create();
        var file = SheetFiles.Text(downloads, "all_data_M_2024.csv", OewsTable.Build(["OCC_CODE", "TOT_EMP", "H_MEAN", "A_MEAN", "H_MEDIAN", "A_MEDIAN"]));

        var (exit, lines) = Import(file, paths);

        Assert.Equal(1, exit);
        Assert.Equal("all_data_M_2024.csv: layout not recognised; missing columns AREA_TYPE, PRIM_STATE, AREA_TITLE, NAICS, NAICS_TITLE", lines[0]);
    }

    [Fact]
    public void Oews_file_name_without_a_year_is_refused()
    {
        var (paths, downloads) = ImportContent.Create();
        var file = SheetFiles.Text(downloads, "oews-download.csv", OewsTable.Build(OewsTable.Header2024));

        var (exit, lines) = Import(file, paths);

        Assert.Equal(1, exit);
        Assert.StartsWith("oews-download.csv: cannot tell the year from the file name", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Oews_cell_that_is_not_a_number_is_refused_with_its_row_and_column()
    {
        var (paths, downloads) = ImportContent.Create();
        var before = ImportContent.Snapshot(paths);
        var file = SheetFiles.Text(downloads, "national_M2024_dl.csv",
            OewsTable.Build(OewsTable.Header2024, At(Us, OewsTable.Wages("31-9092", "Medical Assistants").With(("A_MEAN", "about 45k")))));

        var (exit, lines) = Import(file, paths);

        Assert.Equal(1, exit);
        Assert.Equal("national_M2024_dl.csv row 2, A_MEAN: \"about 45k\" is not a number or a BLS symbol (*, **, #, ~)", lines[0]);
        Assert.Equal(before, ImportContent.Snapshot(paths));
    }
}
