using System.Net;
using MaGuide.Web.Content;
using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data;

namespace MaGuide.Web.Tests.Pages;

/// <summary>What a reader sees for pay gaps, nearby metros, board delegation pages and pay coverage.</summary>
[Collection(SiteTests.Name)]
public sealed class PayAndBoardPageTests(SiteFactory site)
{
    public static TheoryData<string> StateCodes() => [.. CsvRows.Content("areas.csv").Select(r => r["code"])];

    /// <summary>
    /// Every state now has a dated figure, so no state page shows a pay gap; Utah, Wisconsin and Wyoming (the last
    /// three gaps) show their figure instead. If a state gets a pay_note again, its page must show the note and link
    /// metro rows that exist.
    /// </summary>
    [Fact]
    public async Task A_state_without_a_figure_says_why_and_links_metro_rows_that_exist()
    {
        var salary = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync(SiteLinks.SalaryMetros));
        foreach (var code in CsvRows.Content("areas.csv").Where(r => r["pay_note"].Length > 0).Select(r => r["code"]))
        {
            var area = CsvRows.Content("areas.csv").Single(r => r["code"] == code);
            var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync(SiteLinks.State(code)));

            Assert.Null(page.QuerySelector("[data-figure=state-pay]"));
            Assert.Equal(area["pay_note"], page.QuerySelector("#pay-gap")!.TextContent.Trim());
            var links = page.QuerySelectorAll("#pay-gap-metros a");
            Assert.Equal(PayGaps.Split(area["pay_nearby_metros"]), links.Select(a => a.TextContent.Trim()));
            Assert.All(links, a =>
            {
                var href = a.GetAttribute("href")!;
                Assert.StartsWith(SiteLinks.SalaryMetros + "#metro-", href, StringComparison.Ordinal);
                var row = salary.GetElementById(href[(SiteLinks.SalaryMetros.Length + 1)..]);
                Assert.NotNull(row);
                Assert.Equal(a.TextContent.Trim(), row!.QuerySelector("th")!.TextContent.Trim());
            });
        }

        foreach (var code in new[] { "UT", "WI", "WY" })
        {
            var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync(SiteLinks.State(code)));
            Assert.NotNull(page.QuerySelector("[data-figure=state-pay]"));
            Assert.Null(page.QuerySelector("#pay-gap"));
        }
    }

    [Theory]
    [InlineData("tn", "mean")]
    [InlineData("tx", "mean")]
    public async Task Tennessee_and_Texas_show_their_newest_pay_figure_with_its_period_statistic_and_its_tier_in_words(string code, string statistic)
    {
        var response = await site.CreateReader().GetAsync($"/states/{code}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("[data-figure=state-pay]"));
        var pay = page.QuerySelector("#pay-heading")!.ParentElement!;
        Assert.Contains($"{statistic} pay for medical assistants", pay.TextContent, StringComparison.Ordinal);
        Assert.Contains("May 2023", pay.TextContent, StringComparison.Ordinal);
        var tag = pay.QuerySelector(".app-figure-source .app-tag")!;
        Assert.Contains("app-tag--reported", tag.ClassName, StringComparison.Ordinal);
        Assert.Equal("Reported by one source only", tag.TextContent.Trim());
        Assert.Null(page.QuerySelector("#pay-gap"));
    }

    [Theory, MemberData(nameof(StateCodes))]
    public async Task The_board_section_links_the_boards_delegation_page_or_says_none_was_found(string code)
    {
        var area = CsvRows.Content("areas.csv").Single(r => r["code"] == code);
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync(SiteLinks.State(code)));

        var delegation = page.QuerySelector("#board-delegation")!;
        if (area["board_delegation_source_id"].Length > 0)
        {
            var source = CsvRows.Content("sources.csv").Single(s => s["id"] == area["board_delegation_source_id"]);
            Assert.Equal(source["url"], delegation.QuerySelector("a")!.GetAttribute("href"));
        }
        else
        {
            Assert.Contains("We found no page of this board on delegation", delegation.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_quality_page_shows_pay_coverage_and_the_most_common_comparable_kind()
    {
        var problems = new List<ContentProblem>();
        var pay = PayCoverage.Compute(DataSetReader.Read(Fixtures.Site, problems)!);
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/data/quality"));

        var coverage = page.QuerySelector("#summary-pay-coverage")!.TextContent;
        Assert.Contains($"{pay.WithFigure.Count} of {pay.States} states", coverage, StringComparison.Ordinal);
        // The count of states that only give a reason is shown when there are any (none since every state has a figure).
        Assert.Equal(pay.WithReasonOnly.Count > 0, coverage.Contains($"{pay.WithReasonOnly.Count} say on their page why", StringComparison.Ordinal));
        var kind = page.QuerySelector("#summary-pay-kind")!.TextContent;
        Assert.Contains($"{pay.MostCommon!.Statistic} for {pay.MostCommon.Period}", kind, StringComparison.Ordinal);
        Assert.Contains($"{pay.MostCommon.Areas.Count} of {pay.States}", kind, StringComparison.Ordinal);
        foreach (var code in pay.WithReasonOnly)
        {
            var row = page.QuerySelectorAll("#quality-states tbody tr").Single(r => r.QuerySelector("a")!.GetAttribute("href") == SiteLinks.State(code));
            Assert.Contains("the state page says why", row.TextContent, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// A state's figure is set beside the national figure of the same period and statistic, from whichever source gives
    /// it (the national preferred row for that period may lead with another statistic: it once hid the national May 2023
    /// mean, and 44 state pages said we held no national figure of the same kind).
    /// </summary>
    [Theory]
    [InlineData("GA")]
    [InlineData("NY")]
    [InlineData("TX")]
    [InlineData("UT")]
    public async Task A_state_figure_is_compared_with_the_national_figure_of_the_same_kind(string code)
    {
        var headline = PayOracle.Headline(code)!;
        var statistic = headline.AnnualMedian is not null ? "median" : "mean";
        var national = PayOracle.Best("US", statistic, headline.Period);
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync(SiteLinks.State(code)));

        Assert.NotNull(national);
        var compared = page.QuerySelector("#pay-vs-national")!.TextContent;
        Assert.Contains($"national {statistic} for the same period ({ReaderNumbers.Annual(PayOracle.Of(national, statistic)!.Value)})", compared, StringComparison.Ordinal);
    }
}
