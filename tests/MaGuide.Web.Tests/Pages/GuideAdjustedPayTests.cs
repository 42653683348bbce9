using MaGuide.Web.Data;

namespace MaGuide.Web.Tests.Pages;

/// <summary>The salary and scope guides explain adjusted pay with tokens (issue #15 point 4): each figure worked out from the CSVs by hand.</summary>
[Collection(SiteTests.Name)]
public sealed class GuideAdjustedPayTests(SiteFactory site)
{
    private static PriceParity Parity(string code) =>
        ComputedData.Site.PriceParities.Where(p => p.StateCode == code).OrderByDescending(p => p.Year).First();

    /// <summary>The guides write {{ adjusted ga mean }}: the best mean row (what the state and pay-by-state pages show).</summary>
    private static string Adjusted(string code) =>
        $"about {ReaderNumbers.Annual(Math.Round(PayOracle.Best(code, "mean")!.AnnualMean!.Value * 100m / Parity(code).AllItems / 100m, MidpointRounding.AwayFromZero) * 100m)}";

    private async Task<IReadOnlyList<string>> Figures(string slug)
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync($"/guides/{slug}"));
        return [.. page.QuerySelectorAll(".app-figure").Select(f => f.FirstChild!.TextContent.Trim())];
    }

    [Fact]
    public async Task The_salary_guide_works_one_state_through_with_pay_price_level_year_and_adjusted_pay_from_the_csvs()
    {
        var figures = await Figures("salary");

        Assert.Contains(ReaderNumbers.Annual(PayOracle.Best("GA", "mean")!.AnnualMean!.Value), figures);
        Assert.Contains(Parity("GA").AllItems.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), figures);
        Assert.Contains(Parity("GA").Year.ToString(System.Globalization.CultureInfo.InvariantCulture), figures);
        Assert.Contains(Adjusted("GA"), figures);
        Assert.Contains(Adjusted("NY"), figures);
    }

    [Fact]
    public async Task The_scope_guide_sets_two_states_pay_and_adjusted_pay_side_by_side_and_links_the_pair_page()
    {
        var figures = await Figures("scope-of-practice");
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/guides/scope-of-practice"));

        Assert.Contains(Adjusted("GA"), figures);
        Assert.Contains(Adjusted("NY"), figures);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/states/ga/vs/ny");
    }

    [Fact]
    public async Task The_adjusted_pay_note_names_the_pay_period_and_the_price_level_year()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/guides/salary"));
        var figure = page.QuerySelectorAll(".app-figure").First(f => f.FirstChild!.TextContent.Trim() == Adjusted("GA"));
        var note = page.GetElementById(figure.QuerySelector("a")!.GetAttribute("href")!.TrimStart('#'))!.TextContent;

        Assert.Contains(PayOracle.Best("GA", "mean")!.Period, note, StringComparison.Ordinal);
        Assert.Contains("mean annual pay", note, StringComparison.Ordinal);
        Assert.Contains($"regional price parity for {Parity("GA").Year}", note, StringComparison.Ordinal);
        Assert.DoesNotContain("..", note, StringComparison.Ordinal);
    }
}
