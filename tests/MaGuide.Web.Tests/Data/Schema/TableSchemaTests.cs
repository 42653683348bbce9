using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data;
using MaGuide.Web.Data.Import;
using MaGuide.Web.Data.Schema;

namespace MaGuide.Web.Tests.Data.Schema;

/// <summary>The one schema per table (<see cref="Tables"/>) agrees with the files, the entities and the importers.</summary>
public sealed class TableSchemaTests
{
    public static TheoryData<string> Files() => [.. Tables.All.Select(t => t.FileName)];

    [Fact]
    public void Every_csv_in_content_data_has_one_schema()
    {
        var files = Directory.GetFiles(Fixtures.Site.Data, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(files, Tables.All.Select(t => t.FileName).Order(StringComparer.Ordinal));
    }

    [Theory, MemberData(nameof(Files))]
    public void The_file_header_is_the_schema_columns_in_order(string file)
    {
        var schema = Tables.All.Single(t => t.FileName == file);
        var header = File.ReadLines(Path.Combine(Fixtures.Site.Data, file)).First().Split(',');

        Assert.Equal(header, schema.Columns.Select(c => c.Name));
    }

    [Theory, MemberData(nameof(Files))]
    public void Every_column_fills_an_entity_property_the_download_reads_back(string file)
    {
        var schema = Tables.All.Single(t => t.FileName == file);

        Assert.All(schema.Columns, c => Assert.NotNull(c.Property));
        Assert.Empty(schema.ComputedColumns.Intersect(schema.Columns.Select(c => c.Name)));
    }

    [Fact]
    public void The_importers_take_keys_numbers_and_bls_fields_from_the_schema()
    {
        Assert.Equal(["role", "area", "period"], TableSpec.Wages.KeyColumns);
        Assert.Contains("annual_median", TableSpec.Wages.NumberColumns);
        Assert.DoesNotContain("base_year", TableSpec.Projections.NumberColumns);
        Assert.Contains(TableSpec.Wages.BlsFigures, f => f.Column == "annual_median" && f.Bls == "A_MEDIAN");
        Assert.All(TableSpec.MetroWages.BlsFigures, f => Assert.Contains(f.Column, TableSpec.MetroWages.NumberColumns));
        Assert.Equal(Tables.Wages.Columns.Where(c => c.IsNumber).Select(c => c.Name), TableSpec.Wages.BlsFigures.Select(f => f.Column));
    }

    [Fact]
    public void A_wage_row_is_read_into_its_entity_with_the_year_of_its_period()
    {
        var problems = new List<ContentProblem>();
        var csv = "role,area,period,annual_median,hourly_median,period_inferred,source_id,note\nmedical-assistant,US,May 2024,44200,21.25,true,bls,n\n"u8.ToArray();
        var table = CsvTable.Read(csv, "wages.csv", [], problems);
        var keys = new TableKeys();
        keys.Add("roles", ["medical-assistant"]);
        keys.Add("areas", ["US"]);
        keys.Add("sources", ["bls"]);

        var wage = Assert.Single(Tables.Wages.Read(table, keys, []));

        Assert.Empty(problems);
        Assert.Equal(("medical-assistant", "US", "May 2024", 2024), (wage.RoleSlug, wage.AreaCode, wage.Period, wage.Year));
        Assert.Equal((44200m, 21.25m, true, "n"), (wage.AnnualMedian, wage.HourlyMedian, wage.PeriodInferred, wage.Note));
    }

    [Fact]
    public void A_bad_cell_is_reported_at_its_line_and_the_row_is_still_checked_whole()
    {
        var problems = new List<ContentProblem>();
        var csv = "role,area,period,annual_median,annual_p10,source_id\nmedical-assistant,XX,2024,44200,50000,nope\n"u8.ToArray();
        var table = CsvTable.Read(csv, "content/data/wages.csv", [], problems);
        var keys = new TableKeys();
        keys.Add("roles", ["medical-assistant"]);
        keys.Add("areas", ["US"]);
        keys.Add("sources", ["bls"]);

        Tables.Wages.Read(table, keys, []);

        Assert.Equal(
            [
                "content/data/wages.csv:2: area \"XX\" is not a known area (US or a state code in areas.csv)",
                "content/data/wages.csv:2: period \"2024\" must be written like \"May 2024\" (or left empty when the source does not say)",
                "content/data/wages.csv:2: source_id \"nope\" is not a known source",
                "content/data/wages.csv:2: annual percentiles must rise from p10 to median to p90 (50000 ≤ 44200 does not)",
            ],
            problems.Select(p => p.ToString()));
    }
}
