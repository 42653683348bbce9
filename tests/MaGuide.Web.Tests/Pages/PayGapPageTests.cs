using MaGuide.Web.Content;
using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Tests.Pages;

/// <summary>
/// A state with no pay figure: every state has one in the site's own data now, so this site serves a copy of it in
/// which Wyoming's pay rows are taken out and a pay note written in their place, as an editor would when no figure can
/// be found. The page must say why in plain words and link the nearest metro figures we hold.
/// </summary>
public sealed class PayGapPageTests(PayGapPageTests.PayGapSite site) : IClassFixture<PayGapPageTests.PayGapSite>
{
    private const string Note = "No page we could read prints a medical assistant pay figure for Wyoming. The nearest we hold is for Denver (Colorado), which is not Wyoming pay.";

    public sealed class PayGapSite : SiteFactory
    {
        private static readonly Lazy<ContentPaths> Content = new(() =>
        {
            var paths = Fixtures.CopyOf(Fixtures.Site);
            var wages = Path.Combine(paths.Data, "wages.csv");
            File.WriteAllLines(wages, File.ReadAllLines(wages).Where(line => !line.Contains(",WY,", StringComparison.Ordinal)));
            var areas = Path.Combine(paths.Data, "areas.csv");
            File.WriteAllLines(areas, File.ReadAllLines(areas).Select(line =>
                line.StartsWith("WY,", StringComparison.Ordinal) && line.EndsWith(",,", StringComparison.Ordinal)
                    ? line[..^1] + $"\"{Note}\",Denver-Aurora-Lakewood"
                    : line));
            return paths;
        });

        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Content:Root"] = Content.Value.Root };
    }

    [Fact]
    public async Task A_state_without_a_figure_says_why_and_links_the_metro_rows_we_hold()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync(SiteLinks.State("WY")));
        var metros = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync(SiteLinks.SalaryMetros));

        Assert.Null(page.QuerySelector("[data-figure=state-pay]"));
        Assert.Equal(Note, page.QuerySelector("#pay-gap")!.TextContent.Trim());
        var link = Assert.Single(page.QuerySelectorAll("#pay-gap-metros a"));
        Assert.Equal("Denver-Aurora-Lakewood", link.TextContent.Trim());
        var href = link.GetAttribute("href")!;
        Assert.StartsWith(SiteLinks.SalaryMetros + "#metro-", href, StringComparison.Ordinal);
        Assert.Equal("Denver-Aurora-Lakewood", metros.GetElementById(href[(SiteLinks.SalaryMetros.Length + 1)..])!.QuerySelector("th")!.TextContent.Trim());
    }

    [Fact]
    public async Task Payback_says_plainly_when_the_state_has_no_pay_figure()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/training/payback?state=WY&cost=3015&months=9&hourly=16&hours=40"));

        Assert.Contains("We hold no medical assistant pay figure for Wyoming", page.QuerySelector("#no-pay")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#months-to-earn-back"));
    }
}
