using MaGuide.Web.Data;

namespace MaGuide.Web.Tests.Pages;

/// <summary>/data/quality and <c>check</c> show the 15 × 6 scope matrix figure computed from content/data.</summary>
[Collection(SiteTests.Name)]
public sealed class FocusScopePageTests(SiteFactory site)
{
    private static (int Known, Dictionary<string, int> ByState) CountFromCsv()
    {
        var preferred = ComputedData.Site.ScopeRules.Where(r => r.Preferred).ToDictionary(r => (r.StateCode, r.TaskKey), r => r.Status);
        bool Known(string s, string t) => preferred.TryGetValue((s, t), out var status) && status != "unknown";
        var byState = ScopeCoverage.FocusStates.ToDictionary(s => s, s => ScopeCoverage.FocusTasks.Count(t => Known(s, t)));
        return (byState.Values.Sum(), byState);
    }

    [Fact]
    public async Task The_quality_page_shows_how_many_focus_cells_are_known_per_state_and_in_all()
    {
        var (known, byState) = CountFromCsv();

        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/data/quality"));

        var summary = page.QuerySelector("#focus-scope-summary")!.TextContent;
        Assert.Contains($"{known} of 90", summary, StringComparison.Ordinal);
        Assert.Contains($"{90 - known} (", summary, StringComparison.Ordinal);
        var rows = page.QuerySelectorAll("#quality-focus-scope tbody tr");
        Assert.Equal(ScopeCoverage.FocusStates.Count, rows.Length);
        foreach (var row in rows)
        {
            var code = row.QuerySelector("th a")!.GetAttribute("href")!.Split('/')[^1].ToUpperInvariant();
            Assert.Equal(byState[code].ToString(System.Globalization.CultureInfo.InvariantCulture), row.QuerySelectorAll("td")[0].TextContent.Trim());
        }
    }

    [Fact]
    public void Check_prints_the_focus_matrix_figure()
    {
        var (known, _) = CountFromCsv();
        Assert.Contains(SiteCheck.Output.Split('\n'), l => l.StartsWith("quality: scope focus (15 states x 6 tasks):", StringComparison.Ordinal) && l.Contains($"{known} of 90 cells known", StringComparison.Ordinal));
    }
}
