using MaGuide.Web.Data;

namespace MaGuide.Web.Tests.Pages;

/// <summary>Adjusted pay on the state pages and the pay-by-state page: the figure, its two sources and years, the rankings.</summary>
[Collection(SiteTests.Name)]
public sealed class AdjustedPayPageTests(SiteFactory site)
{
    private static PriceParity? Parity(string code) =>
        ComputedData.Site.PriceParities.Where(p => p.StateCode == code).OrderByDescending(p => p.Year).FirstOrDefault();

    /// <summary>The adjusted figure worked out by the test from the CSV rows: headline × 100 / RPP, to the nearest $100.</summary>
    private static decimal Expected(string code) =>
        Math.Round((PayOracle.Headline(code)!.AnnualMedian ?? PayOracle.Headline(code)!.AnnualMean)!.Value * 100m / Parity(code)!.AllItems / 100m, MidpointRounding.AwayFromZero) * 100m;

    public static TheoryData<string> SampleStates => ["AL", "AK", "CA", "IA", "MN", "NY", "DC", "TX", "WY"];

    [Theory, MemberData(nameof(SampleStates))]
    public async Task A_state_page_shows_pay_beside_what_it_buys_with_both_sources_and_years(string code)
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync($"/states/{code.ToLowerInvariant()}"));
        var adjusted = page.GetElementById("pay-adjusted");
        var wage = PayOracle.Headline(code);
        var parity = Parity(code)!;

        Assert.NotNull(adjusted);
        Assert.Contains($"in {parity.Year}", adjusted.TextContent, StringComparison.Ordinal);
        var rppSource = ComputedData.Site.Sources.Single(s => s.Id == parity.SourceId);
        Assert.Contains(rppSource.Title, adjusted.QuerySelector(".app-source")!.TextContent, StringComparison.Ordinal);
        if (wage is null)
        {
            Assert.Null(page.QuerySelector("[data-figure=state-adjusted]"));
            Assert.Contains("cannot say what pay here buys", adjusted.TextContent, StringComparison.Ordinal);
            return;
        }

        Assert.Equal($"about what {ReaderNumbers.Dollars(Expected(code))} buys across the U.S.", page.QuerySelector("[data-figure=state-adjusted]")!.TextContent.Trim());
        Assert.Contains(wage.Period, adjusted.TextContent, StringComparison.Ordinal);
        var wageSource = ComputedData.Site.Sources.Single(s => s.Id == wage.SourceId);
        Assert.Contains(wageSource.Title, page.QuerySelector("#pay-heading ~ .app-figure-source")!.TextContent, StringComparison.Ordinal);
        var caveat = page.GetElementById("pay-adjusted-caveat");
        Assert.Equal(wage.Year != parity.Year, caveat is not null);
        if (caveat is not null)
        {
            Assert.Contains($"{wage.Period} and the price level for {parity.Year}", caveat.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_adjusted_figure_on_the_pay_by_state_page_is_worked_out_from_the_csvs()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/salary/states"));

        var cells = page.QuerySelectorAll("[data-adjusted^='state-']");
        Assert.True(cells.Length > 30, $"only {cells.Length} adjusted figures");
        foreach (var cell in cells)
        {
            var code = cell.GetAttribute("data-adjusted")!["state-".Length..];
            var compared = Math.Round(PayOracle.Compared(code) * 100m / Parity(code)!.AllItems / 100m, MidpointRounding.AwayFromZero) * 100m;
            Assert.StartsWith(ReaderNumbers.Dollars(compared), cell.TextContent.Trim(), StringComparison.Ordinal);
            // The price level's source is cited in the cell, like the pay's.
            var note = page.GetElementById(cell.QuerySelector(".app-cite a")!.GetAttribute("href")!.TrimStart('#'))!;
            Assert.Contains(ComputedData.Site.Sources.Single(s => s.Id == Parity(code)!.SourceId).Title, note.TextContent, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("pay", 2)]
    [InlineData("adjusted", 4)]
    public async Task Sorting_by_a_ranking_lists_its_ranked_states_first_in_order_and_ranks_only_like_figures(string sort, int rankColumn)
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync($"/salary/states?sort={sort}"));

        var rows = page.QuerySelectorAll("#states-table tbody tr").ToList();
        var ranks = rows.Select(r => r.Children[rankColumn].TextContent.Trim()).ToList();
        var ranked = ranks.TakeWhile(r => !r.StartsWith("not ranked", StringComparison.Ordinal)).ToList();
        Assert.True(ranked.Count > 20, $"{ranked.Count} ranked");
        Assert.All(ranks.Skip(ranked.Count), r => Assert.StartsWith("not ranked", r, StringComparison.Ordinal));
        var places = ranked.Select(r => int.Parse(r.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(places.Order(), places);
        Assert.Equal(1, places[0]);
        // Every ranked state's figure has the same period and statistic.
        var kinds = rows.Take(ranked.Count)
            .Select(r => (Period: r.QuerySelector("[data-label=Period]")!.TextContent.Replace(" (inferred)", "", StringComparison.Ordinal).Trim(), Statistic: r.QuerySelector("[data-label=Pay]")!.TextContent.Contains("median", StringComparison.Ordinal)))
            .Distinct().ToList();
        Assert.Single(kinds);
    }

    [Fact]
    public async Task The_map_switches_to_adjusted_pay_by_link_and_the_cache_keeps_the_two_apart()
    {
        var client = site.CreateReader();
        var nominal = await SiteFactory.ParseAsync(await client.GetAsync("/salary/states"));
        var link = nominal.QuerySelectorAll("#map-views a").Single(a => a.TextContent.Contains("adjusted", StringComparison.Ordinal)).GetAttribute("href")!;

        var adjusted = await SiteFactory.ParseAsync(await client.GetAsync(link));

        Assert.StartsWith("/salary/states?view=adjusted", link, StringComparison.Ordinal);
        Assert.Contains("U.S.-average prices", adjusted.QuerySelector(".app-key__title")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("U.S.-average prices", nominal.QuerySelector(".app-key__title")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(nominal.QuerySelector(".app-tilemap svg")!.InnerHtml, adjusted.QuerySelector(".app-tilemap svg")!.InnerHtml);
    }
}
