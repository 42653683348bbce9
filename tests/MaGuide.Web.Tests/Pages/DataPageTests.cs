using System.Globalization;
using System.Net;
using System.Text.Json;
using MaGuide.Web.Data;
using MaGuide.Web.Data.Trust;

namespace MaGuide.Web.Tests.Pages;

[Collection(SiteTests.Name)]
public sealed class DataPageTests(SiteFactory site)
{
    public static TheoryData<string> StateCodes() => [.. CsvRows.Content("areas.csv").Select(r => r["code"])];

    [Theory, MemberData(nameof(StateCodes))]
    public async Task Every_state_page_shows_the_task_matrix_with_citations(string code)
    {
        var response = await site.CreateReader().GetAsync($"/states/{code.ToLowerInvariant()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        Assert.Single(page.QuerySelectorAll("h1"));
        var rows = page.QuerySelectorAll("#scope-matrix tbody tr");
        Assert.Equal(CsvRows.Content("scope_tasks.csv").Count - 1, rows.Length);
        Assert.All(rows, r => Assert.NotNull(r.QuerySelector(".app-status")));
        Assert.NotNull(page.QuerySelector(".app-confidence-box"));
        foreach (var rule in ComputedData.Site.ScopeRules.Where(r => r.StateCode == code && r.Preferred && r.TaskKey != "registration-or-credential"))
        {
            var matrix = page.QuerySelector("#scope-matrix")!;
            Assert.Contains(rule.Citation, matrix.TextContent, StringComparison.Ordinal);
            Assert.Contains(matrix.QuerySelectorAll(".app-rule__summary"), s => s.TextContent.Trim() == rule.Summary);
        }
    }

    [Theory]
    [InlineData("/states/CA", "/states/ca")]
    [InlineData("/states/california", "/states/ca")]
    [InlineData("/states/new-york", "/states/ny")]
    public async Task A_state_name_or_upper_case_code_redirects_to_the_canonical_address(string path, string canonical)
    {
        var response = await site.CreateReader().GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/states/zz")]
    [InlineData("/states/united-states")]
    [InlineData("/states/us")]
    [InlineData("/scope/flying")]
    [InlineData("/compare/wizard")]
    [InlineData("/compare/medical-assistant")]
    [InlineData("/data/secrets.csv")]
    [InlineData("/data/wages.xml")]
    [InlineData("/states/%27%20or%201%3D1")]
    public async Task Unknown_state_task_role_or_table_gets_the_404_page(string path)
    {
        var response = await site.CreateReader().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent.Trim());
    }

    public static TheoryData<string> TaskKeys() => [.. CsvRows.Content("scope_tasks.csv").Select(r => r["key"])];

    [Theory, MemberData(nameof(TaskKeys))]
    public async Task Every_task_page_groups_states_and_accounts_for_all_of_them(string task)
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync($"/scope/{task}"));

        var listed = page.QuerySelectorAll(".app-rule").Length + page.QuerySelectorAll("#states-without-rule li").Length;
        Assert.Equal(CsvRows.Content("areas.csv").Count, listed);
    }

    public static TheoryData<string> RoleSlugs() => [.. CsvRows.Content("roles.csv").Select(r => r["slug"]).Where(s => s != "medical-assistant")];

    [Theory, MemberData(nameof(RoleSlugs))]
    public async Task Every_role_has_a_two_column_comparison_with_choose_this_if(string role)
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync($"/compare/{role}"));

        Assert.Equal(3, page.QuerySelectorAll("#role-compare thead th").Length);
        Assert.Equal(2, page.QuerySelectorAll(".app-choose__col").Length);
        Assert.NotEmpty(page.QuerySelectorAll(".app-choose__col li"));
    }

    [Fact]
    public async Task The_compare_table_has_a_row_for_every_role()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/compare"));

        Assert.Equal(CsvRows.Content("roles.csv").Count, page.QuerySelectorAll("#compare-table tbody tr").Length);
    }

    public static TheoryData<string> Tables() => [.. DataPages.Tables];

    [Fact]
    public void Every_table_in_content_data_has_an_open_download()
    {
        var files = Directory.GetFiles(Fixtures.Site.Data, "*.csv").Select(f => Path.GetFileNameWithoutExtension(f).Replace('_', '-'));

        Assert.Equal(files.Order(StringComparer.Ordinal), DataPages.Tables.Order(StringComparer.Ordinal));
    }

    [Theory, MemberData(nameof(Tables))]
    public async Task Csv_download_is_the_content_file_byte_for_byte(string table)
    {
        var response = await site.CreateReader().GetAsync($"/data/{table}.csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(Fixtures.Site.Data, table.Replace('-', '_') + ".csv")), await response.Content.ReadAsByteArrayAsync());
    }

    [Theory, MemberData(nameof(Tables))]
    public async Task Json_download_holds_every_row_with_the_content_file_values(string table)
    {
        var response = await site.CreateReader().GetAsync($"/data/{table}.json");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var source = CsvRows.Content(table.Replace('-', '_') + ".csv");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(source.Count, rows.Count);
        // Every column of the content file holds the same text in the JSON, row by row (after sorting by all fields);
        // the JSON adds computed columns (tier, preferred, confidence) after them.
        var columns = source[0].Keys.ToList();
        string FromCsv(Dictionary<string, string> row) => string.Join('\u001f', columns.Select(c => Normalise(row[c])));
        string FromJson(JsonElement row) => string.Join('\u001f', columns.Select(c => Normalise(Text(row.GetProperty(c)))));
        Assert.Equal(source.Select(FromCsv).Order(StringComparer.Ordinal), rows.Select(FromJson).Order(StringComparer.Ordinal));
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };

    /// <summary>Numbers compare by value (12 and 12.0 are the same figure).</summary>
    private static string Normalise(string value) =>
        decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d) ? d.ToString("G29", CultureInfo.InvariantCulture) : value;

    [Fact]
    public async Task Every_figure_on_the_pay_pages_equals_the_csv_value_it_claims()
    {
        var reader = site.CreateReader();
        var states = await SiteFactory.ParseAsync(await reader.GetAsync("/salary/states"));
        var trend = await SiteFactory.ParseAsync(await reader.GetAsync("/salary/trend"));
        var salary = await SiteFactory.ParseAsync(await reader.GetAsync("/salary"));
        var wages = ComputedData.Site.Wages.Where(r => r.RoleSlug == "medical-assistant" && r.Preferred).ToList();

        static decimal Typical(WageEstimate r) => (r.AnnualMedian ?? r.AnnualMean)!.Value;
        WageEstimate Headline(IEnumerable<WageEstimate> rows) =>
            Trust.Headline(rows.Where(r => r.Period.Length > 0 && (r.AnnualMedian ?? r.AnnualMean) is not null), r => r.Tier, r => r.Year)!;

        var checkedFigures = 0;
        foreach (var cell in states.QuerySelectorAll("[data-figure^='state-']"))
        {
            var code = cell.GetAttribute("data-figure")!["state-".Length..];
            // The table compares like with like: the figure of the kind most states hold (PayOracle), not each headline.
            Assert.StartsWith(ReaderNumbers.Dollars(PayOracle.Compared(code)), cell.TextContent.Trim(), StringComparison.Ordinal);
            checkedFigures++;
        }

        foreach (var cell in trend.QuerySelectorAll("[data-figure^='trend-']"))
        {
            var year = cell.GetAttribute("data-figure")!["trend-".Length..];
            var row = wages.Single(r => r.AreaCode == "US" && r.Period == $"May {year}");
            Assert.StartsWith(ReaderNumbers.Annual(Typical(row)), cell.TextContent.Trim(), StringComparison.Ordinal);
            checkedFigures++;
        }

        var national = salary.QuerySelector("[data-figure^='national-']")!;
        var nationalRow = Headline(wages.Where(r => r.AreaCode == "US" && (r.AnnualP10 ?? r.AnnualP90) is not null));
        Assert.Equal(ReaderNumbers.Annual(nationalRow.AnnualMedian!.Value), national.TextContent.Trim());
        foreach (var (label, value) in new[] { ("10th percentile", nationalRow.AnnualP10), ("Median", nationalRow.AnnualMedian), ("90th percentile", nationalRow.AnnualP90) })
        {
            var row = salary.QuerySelectorAll("#national-table tbody tr").FirstOrDefault(r => r.QuerySelector("th")!.TextContent.Trim() == label);
            if (value is { } figure)
            {
                Assert.Equal(ReaderNumbers.Dollars(figure), row!.QuerySelectorAll("td")[0].TextContent.Trim());
                checkedFigures++;
            }
        }

        Assert.True(checkedFigures > 20, $"only {checkedFigures} figures checked");
        Assert.Equal(CsvRows.Content("areas.csv").Count, states.QuerySelectorAll(".app-tilemap a").Length);
    }

    [Theory]
    [InlineData("/salary", "#national-table")]
    [InlineData("/salary/states", "#states-table")]
    [InlineData("/salary/settings", "#settings-table")]
    [InlineData("/salary/metros", "#metros-table")]
    [InlineData("/salary/trend", "#trend-table")]
    public async Task Every_figure_on_a_pay_page_carries_a_note_number_that_leads_to_its_source(string path, string table)
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync(path));

        var rows = page.QuerySelectorAll($"{table} tbody tr:not(.app-rowgroup)");
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var cite = row.QuerySelector(".app-cite a") ?? page.QuerySelector($"{table} caption .app-cite a");
            Assert.NotNull(cite);
            var note = page.GetElementById(cite.GetAttribute("href")!.TrimStart('#'))!;
            Assert.NotNull(note.QuerySelector(".app-source a[href^='http']"));
            Assert.NotNull(note.QuerySelector(".app-tag"));
        }
    }

    [Fact]
    public async Task Guides_with_data_tokens_show_the_figure_and_its_footnote()
    {
        var guide = site.Catalog.Guides.First(g => g.Figures.Count > 0);

        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync($"/guides/{guide.Slug}"));

        var first = page.QuerySelector(".app-figure a[href='#figure-1']");
        Assert.NotNull(first);
        Assert.NotNull(page.GetElementById("figure-1")?.QuerySelector("a[href^='http']"));
        Assert.Equal(guide.Figures.Count, page.QuerySelectorAll(".app-figures__list li").Length);
    }
}
