using System.Text;
using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data.Import;

namespace MaGuide.Web.Tests.Data.Import;

/// <summary>Real BLS file layouts an import met (issue #10): split tables, Windows-1252, SOC 2010 codes, the data tool's CSV, untouched tables.</summary>
public sealed class ImportMistakeTests
{
    private static readonly DateOnly Today = new(2026, 5, 1);

    private static (int Exit, string[] Lines) Oews(string file, ContentPaths paths)
    {
        var output = new StringWriter();
        var exit = OewsImport.Run(file, paths, output, Today);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static Dictionary<string, string> Metro(string title, string code = "31-9092") =>
        OewsTable.Wages(code, "Medical Assistants").With(("AREA_TITLE", title), ("AREA_TYPE", "4"), ("PRIM_STATE", title[^2..]));

    private static string Part(string downloads, string name, params Dictionary<string, string>[] rows) =>
        SheetFiles.Xlsx(downloads, name, (Path.GetFileNameWithoutExtension(name), OewsTable.Build(OewsTable.Header2024, rows)));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Importing_every_part_of_a_split_bls_table_in_any_order_keeps_all_rows_and_names_each_file(bool reverse)
    {
        var (paths, downloads) = ImportContent.Create();
        string[] files =
        [
            Part(downloads, "MSA_M2012_dl_1_AK_IN.xlsx", Metro("Anchorage, AK")),
            Part(downloads, "MSA_M2012_dl_2_KS_NY.xlsx", Metro("Wichita, KS")),
        ];

        foreach (var file in reverse ? files.Reverse() : files)
        {
            Assert.Equal(0, Oews(file, paths).Exit);
        }

        var rows = ImportContent.RowsOf(paths, "metro_wages.csv", "bls-oews-m2012-msa");
        Assert.Contains(rows, r => r.StartsWith("medical-assistant,\"Anchorage, AK\",May 2012,", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("medical-assistant,\"Wichita, KS\",May 2012,", StringComparison.Ordinal));
        var source = Assert.Single(ImportContent.Lines(paths, "sources.csv"), l => l.StartsWith("bls-oews-m2012-msa,", StringComparison.Ordinal));
        Assert.Contains("imported from MSA_M2012_dl_1_AK_IN.xlsx on 2026-05-01; imported from MSA_M2012_dl_2_KS_NY.xlsx on 2026-05-01", source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bls_csv_saved_in_windows_1252_is_read_as_windows_1252_and_says_so()
    {
        var (paths, downloads) = ImportContent.Create();
        var rows = OewsTable.Build(OewsTable.Header2024, Metro("Ca\u00f1on City, CO"));
        var text = string.Join("\n", rows.Select(r => string.Join(',', r.Select(c => c.Contains(',', StringComparison.Ordinal) ? $"\"{c}\"" : c)))) + "\n";
        var file = Path.Combine(downloads, "MSA_M2024_dl.csv");
        File.WriteAllBytes(file, Encoding.Latin1.GetBytes(text));

        var (exit, lines) = Oews(file, paths);

        Assert.Equal(0, exit);
        Assert.Contains("  MSA_M2024_dl.csv is not UTF-8; read it as Windows-1252 (how Excel saves CSV on Windows).", lines);
        Assert.Contains(ImportContent.RowsOf(paths, "metro_wages.csv", "bls-oews-m2024-msa"), r => r.Contains("\"Ca\u00f1on City, CO\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_soc_2010_code_in_an_older_file_fills_its_role_and_every_covered_role_without_a_row_is_named()
    {
        var (paths, downloads) = ImportContent.Create();
        var us = new Dictionary<string, string> { ["AREA_TITLE"] = "U.S.", ["AREA_TYPE"] = "1", ["NAICS"] = "000000" };
        var file = Part(downloads, "national_M2016_dl.xlsx",
            OewsTable.Wages("31-9092", "Medical Assistants").With([.. us.Select(u => (u.Key, u.Value))]),
            OewsTable.Wages("31-1014", "Nursing Assistants", "26590").With([.. us.Select(u => (u.Key, u.Value))]));

        var (exit, lines) = Oews(file, paths);

        Assert.Equal(0, exit);
        Assert.Contains(ImportContent.RowsOf(paths, "wages.csv", "bls-oews-m2016-national"), r => r.StartsWith("cna,US,May 2016,", StringComparison.Ordinal)
            && r.Contains("SOC 2010 code 31-1014 (Nursing assistants), filed under SOC 2018 31-1131", StringComparison.Ordinal));
        Assert.Contains("  Read SOC 2010 code 31-1014 (Nursing assistants) as SOC 2018 31-1131 (cna).", lines);
        Assert.Contains("  No row in this file for: phlebotomist (31-9097).", lines);
    }

    [Fact]
    public void The_projections_data_tool_csv_export_is_accepted()
    {
        var (paths, downloads) = ImportContent.Create();
        var file = SheetFiles.Text(downloads, "occupationProj.csv",
        [
            ["Occupation Title", "Occupation Code", "Employment 2024", "Employment 2034", "Employment Change, 2024-2034",
             "Employment Percent Change, 2024-2034", "Occupational Openings, 2024-2034 Annual Average"],
            ["Medical assistants", "=\"31-9092\"", "811.0", "912.2", "101.2", "12.5", "112.3"],
        ]);
        var output = new StringWriter();

        var exit = ProjectionsImport.Run(file, paths, output, Today);

        Assert.True(exit == 0, output.ToString());
        Assert.Contains(ImportContent.RowsOf(paths, "projections.csv", "bls-emp-projections-2024-2034"),
            r => r.StartsWith("medical-assistant,2024,2034,811000,912200,101200,12.5,112300,", StringComparison.Ordinal));
    }

    [Fact]
    public void An_import_leaves_tables_it_did_not_change_byte_identical()
    {
        var (paths, downloads) = ImportContent.Create();
        var metro = Path.Combine(paths.Data, "metro_wages.csv");
        // An editor's own order and quoting, which a rewrite would change.
        File.WriteAllText(metro, "role,area_name,period,employment,hourly_mean,annual_mean,annual_median,source_id,preferred_because,note\n"
            + "medical-assistant,Zanesville,May 2024,100,,40000,,web-a,,\"plain note\"\n"
            + "medical-assistant,Albany,May 2024,100,,40000,,web-a,,second\n");
        var before = File.ReadAllBytes(metro);
        var us = new Dictionary<string, string> { ["AREA_TITLE"] = "U.S.", ["AREA_TYPE"] = "1", ["NAICS"] = "000000" };
        var file = Part(downloads, "national_M2024_dl.xlsx", OewsTable.Wages("31-9092", "Medical Assistants").With([.. us.Select(u => (u.Key, u.Value))]));

        var (_, lines) = Oews(file, paths);

        Assert.Contains("metro_wages.csv: 0 added, 0 changed, 0 removed", lines);
        Assert.Equal(before, File.ReadAllBytes(metro));
        Assert.DoesNotContain(lines, l => l.StartsWith("Wrote", StringComparison.Ordinal) && l.Contains("metro_wages.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void A_newer_period_taking_over_the_headline_figure_is_reported()
    {
        var (paths, downloads) = ImportContent.Create();
        var us = new Dictionary<string, string> { ["AREA_TITLE"] = "U.S.", ["AREA_TYPE"] = "1", ["NAICS"] = "000000" };
        var file = Part(downloads, "national_M2025_dl.xlsx", OewsTable.Wages("31-1131", "Nursing Assistants", "40100").With([.. us.Select(u => (u.Key, u.Value))]));

        var (_, lines) = Oews(file, paths);

        Assert.DoesNotContain("No headline figure (what readers see first) changed.", lines);
        Assert.Contains("  wages.csv US cna annual_mean 38000 (May 2023) -> annual_median 40100 (May 2025); now official, was reported", lines);
    }

    [Fact]
    public void An_official_figure_of_an_older_period_takes_over_the_headline_from_a_newer_reported_one()
    {
        var (paths, downloads) = ImportContent.Create();
        var us = new Dictionary<string, string> { ["AREA_TITLE"] = "U.S.", ["AREA_TYPE"] = "1", ["NAICS"] = "000000" };
        var file = Part(downloads, "national_M2022_dl.xlsx", OewsTable.Wages("31-9092", "Medical Assistants", "38270").With([.. us.Select(u => (u.Key, u.Value))]));

        var (_, lines) = Oews(file, paths);

        // Trust first, then the newest period: the May 2024 page quoting BLS stays in the file but no longer leads.
        Assert.Contains("  wages.csv US medical-assistant annual_mean 43000 (May 2024) -> annual_median 38270 (May 2022); now official, was reported", lines);
    }
}
