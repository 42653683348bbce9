using MaGuide.Web.Data;
using MaGuide.Web.Data.Trust;

namespace MaGuide.Web.Tests.Pages;

/// <summary>Metro areas on state pages (issue #15 point 3): placed by metro_states.csv, like figures only, never price-adjusted.</summary>
[Collection(SiteTests.Name)]
public sealed class StateMetrosPageTests(SiteFactory site)
{
    private static IEnumerable<MetroState> Placed => ComputedData.Site.MetroStates.Where(m => m.States.Length > 0);

    private static IReadOnlyList<string> NewYorkMetroStates => ComputedData.Site.MetroStates.Single(m => m.AreaName == "New York-Newark-Jersey City").StateCodes;

    public static TheoryData<string> StatesOfNewYorkMetro => [.. NewYorkMetroStates];

    private async Task<AngleSharp.Dom.IDocument> StatePage(string code) =>
        await SiteFactory.ParseAsync(await site.CreateReader().GetAsync($"/states/{code.ToLowerInvariant()}"));

    [Theory, MemberData(nameof(StatesOfNewYorkMetro))]
    public async Task A_metro_spanning_states_is_listed_on_each_of_its_states_pages_naming_the_others(string code)
    {
        var page = await StatePage(code);
        var row = page.QuerySelectorAll("#metros-in-state tbody th").Single(th => th.TextContent.StartsWith("New York-Newark-Jersey City", StringComparison.Ordinal));
        var others = NewYorkMetroStates.Where(c => c != code).Select(c => ComputedData.Site.Areas.Single(a => a.Code == c).Name);

        Assert.All(others, name => Assert.Contains(name, row.TextContent, StringComparison.Ordinal));
        Assert.Contains("New York-Newark-Jersey City, NY-NJ-PA", page.GetElementById("metros-place-source")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_state_page_lists_exactly_the_metros_metro_states_places_in_it()
    {
        foreach (var code in new[] { "CA", "MD", "WI", "TX" })
        {
            var page = await StatePage(code);
            var expected = Placed.Where(m => m.StateCodes.Contains(code)).Select(m => m.AreaName)
                .Where(name => ComputedData.Site.MetroWages.Any(w => w.AreaName == name && w.Preferred && w.RoleSlug == "medical-assistant"))
                .Order(StringComparer.Ordinal);
            var shown = page.QuerySelectorAll("#metros-in-state tbody th a").Select(a => a.TextContent).Distinct().Order(StringComparer.Ordinal);

            Assert.Equal(expected, shown);
        }
    }

    [Fact]
    public async Task A_metro_no_source_places_in_a_state_is_on_no_state_page_only_on_the_metro_page()
    {
        var unplaced = ComputedData.Site.MetroStates.Where(m => m.States.Length == 0).Select(m => m.AreaName).ToList();
        var california = await StatePage("CA");
        var metros = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/salary/metros"));

        Assert.NotEmpty(unplaced);
        Assert.All(unplaced, name =>
        {
            Assert.DoesNotContain(california.QuerySelectorAll("#metros-in-state tbody th a"), a => a.TextContent == name);
            Assert.Contains(metros.QuerySelectorAll("#metros-table tbody th"), th => th.TextContent == name);
        });
    }

    [Fact]
    public async Task A_metro_figure_is_set_beside_the_states_figure_of_the_same_statistic_and_period_from_any_row()
    {
        var compared = 0;
        var besideAnotherRow = 0;
        foreach (var code in ComputedData.Site.Areas.Where(a => a.IsState).Select(a => a.Code))
        {
            var page = await StatePage(code);
            foreach (var row in page.QuerySelectorAll("#metros-in-state tbody tr"))
            {
                var name = row.QuerySelector("th a")!.TextContent;
                var period = row.QuerySelector("[data-label=Period]")!.TextContent.Trim();
                var metro = ComputedData.Site.MetroWages.Single(w => w.AreaName == name && w.Period == period && w.Preferred && w.RoleSlug == "medical-assistant");
                var (value, measure) = metro.AnnualMedian is { } md ? (md, "median") : (metro.AnnualMean!.Value, "mean");
                var beside = row.QuerySelector("[data-label='Beside the state figure']")!.TextContent.Trim();
                // The oracle: the state's best row of the same statistic for the same period, whichever row leads the page.
                if (metro.Period.Length > 0 && PayOracle.Best(code, measure, metro.Period) is { } state)
                {
                    Assert.Contains(ReaderNumbers.SignedDollars(value - PayOracle.Of(state, measure)!.Value), beside, StringComparison.Ordinal);
                    Assert.Contains($"against the state's {metro.Period} {measure} of ", beside, StringComparison.Ordinal);
                    compared++;
                    besideAnotherRow += PayOracle.Headline(code) is { } headline && !ReferenceEquals(headline, state) ? 1 : 0;
                }
                else
                {
                    Assert.StartsWith("not compared: ", beside, StringComparison.Ordinal);
                    Assert.DoesNotContain("different", beside, StringComparison.Ordinal);
                }

                Assert.Contains($"({measure})", row.QuerySelector("[data-label=Pay]")!.TextContent, StringComparison.Ordinal);
            }
        }

        Assert.True(compared > 0, "no metro figure is compared on any state page");
        // The kind of fault fixed here: a state headed by a May 2023 mean also holds a median for its metros' period.
        Assert.True(besideAnotherRow > 0, "every compared metro sits beside its state's headline, so the any-row rule is not exercised");
    }

    [Fact]
    public async Task Metro_pay_is_never_price_adjusted_and_the_page_says_so()
    {
        var page = await StatePage("NJ");

        Assert.Contains("not price-adjusted", page.GetElementById("metros-not-adjusted")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("#metros-in-state [data-figure], #metros-in-state [data-adjusted]"));
        Assert.DoesNotContain("buys", page.GetElementById("metros-in-state")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_metro_figure_quoted_by_a_third_party_names_that_page_and_its_tier_not_BLS()
    {
        var page = await StatePage("NJ");
        var notes = page.QuerySelector("#metros-heading")!.ParentElement!.QuerySelectorAll(".app-source");

        Assert.NotEmpty(notes);
        Assert.All(notes, n => Assert.DoesNotContain(Trust.Label(TrustTier.Official), n.TextContent, StringComparison.Ordinal));
        Assert.Contains(notes, n => n.TextContent.Contains("HealthGuideUSA", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_state_with_no_placed_metro_says_so_and_links_the_metro_page()
    {
        var code = ComputedData.Site.Areas.Where(a => a.IsState).Select(a => a.Code).First(c => !Placed.Any(m => m.StateCodes.Contains(c)));
        var page = await StatePage(code);

        Assert.Null(page.GetElementById("metros-in-state"));
        Assert.Equal("/salary/metros", page.GetElementById("metros-none")!.QuerySelector("a")!.GetAttribute("href"));
    }
}
