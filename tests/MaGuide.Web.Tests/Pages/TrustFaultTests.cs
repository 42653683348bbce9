using System.Text.Json;
using System.Text.RegularExpressions;
using MaGuide.Web.Content;
using MaGuide.Web.Data.Trust;

namespace MaGuide.Web.Tests.Pages;

/// <summary>Each fault issue #11 point 6 names, as a test that fails if it comes back.</summary>
[Collection(SiteTests.Name)]
public sealed partial class TrustFaultTests(SiteFactory site)
{
    [Fact]
    public async Task No_guide_says_a_unit_twice_around_a_figure()
    {
        var client = site.CreateReader();
        foreach (var guide in site.Catalog.Guides)
        {
            var page = await SiteFactory.ParseAsync(await client.GetAsync(SiteLinks.Guide(guide.Slug)));
            var text = page.QuerySelector(".app-prose")?.TextContent ?? "";
            Assert.False(RepeatedUnit().IsMatch(text), $"{guide.Slug}: \"{RepeatedUnit().Match(text).Value}\"");
        }
    }

    [Fact]
    public async Task The_states_caption_counts_fifty_states_and_the_district()
    {
        var areas = CsvRows.Content("areas.csv");
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/states"));

        var states = areas.Count(a => a["code"] != "DC");
        Assert.Equal(50, states);
        Assert.Equal($"{states} states and the District of Columbia", page.QuerySelector("#states-index caption")!.TextContent.Trim());
        Assert.Equal(areas.Count, page.QuerySelectorAll("#states-index tbody tr").Length);
    }

    [Fact]
    public void South_dakota_general_delegation_does_not_rest_on_its_repealed_chapter()
    {
        var rule = ComputedData.Site.ScopeRules.Single(r => r.StateCode == "SD" && r.TaskKey == "general-delegation" && r.Preferred);

        Assert.Equal("unknown", rule.Status);
        Assert.Equal(Confidences.None, rule.Confidence);
        Assert.Contains("repealed", rule.Citation, StringComparison.Ordinal);
        Assert.DoesNotContain("36-9B-1", rule.Citation, StringComparison.Ordinal);
        Assert.Equal(SourceKinds.Official, ComputedData.Site.Sources.Single(s => s.Id == rule.SourceId).Kind);
    }

    [Theory]
    [InlineData("triage-or-clinical-advice")]
    [InlineData("interpreting-results")]
    public async Task California_triage_and_results_rows_never_pair_unknown_with_a_confidence(string task)
    {
        var rule = ComputedData.Site.ScopeRules.Single(r => r.StateCode == "CA" && r.TaskKey == task && r.Preferred);
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync(SiteLinks.ScopeTask(task)));

        Assert.True(rule.Status != "unknown" || rule.Confidence == Confidences.None, $"{task}: {rule.Status} with {rule.Confidence}");
        Assert.All(ComputedData.Site.ScopeRules.Where(r => r.Status == "unknown"), r => Assert.Equal(Confidences.None, r.Confidence));
        Assert.Contains($"Confidence: {rule.Confidence}", page.GetElementById("ca")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_shows_the_cna_training_length_the_cna_guide_states()
    {
        var fact = ComputedData.Site.RoleFacts.Single(f => f.RoleSlug == "cna" && f.Attribute == "training_length");
        var guide = site.Catalog.Guides.Single(g => g.Slug == "ma-vs-cna");
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/compare"));

        Assert.Contains(fact.SourceId, guide.SourceIds);
        Assert.Contains("75 clock hours", fact.Value, StringComparison.Ordinal);
        var row = page.QuerySelectorAll("#compare-table tbody tr").Single(r => r.QuerySelector("th a")?.GetAttribute("href") == SiteLinks.Compare("cna"));
        Assert.Contains("75 clock hours", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("no sourced fact", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Medical_assistant_training_length_rests_on_the_training_facts_source_not_the_2010_handbook()
    {
        var fact = ComputedData.Site.RoleFacts.Single(f => f.RoleSlug == "medical-assistant" && f.Attribute == "training_length");
        var lengthSources = ComputedData.Site.TrainingFacts.Where(f => f.Attribute == "length_months").Select(f => f.SourceId).ToHashSet();
        var source = ComputedData.Site.Sources.Single(s => s.Id == fact.SourceId);

        Assert.Contains(fact.SourceId, lengthSources);
        Assert.DoesNotContain("2010", source.Title + source.Period, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_projected_growth_cell_on_compare_shows_its_period_and_tier_and_mixed_periods_are_said()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/compare"));

        var cells = page.QuerySelectorAll("#compare-table td[data-figure^=growth-]").Select(c => c.TextContent.Trim()).Where(t => t != "no figure yet").ToList();
        Assert.NotEmpty(cells);
        Assert.All(cells, c => Assert.Matches(@"^\d+(\.\d)?%, \d{4}–\d{4} \((from the original source|confirmed by independent sources|reported by one source only)\)$", c));
        var periods = cells.Select(c => Regex.Match(c, @"\d{4}–\d{4}").Value).Distinct().ToList();
        var caption = page.QuerySelector("#compare-table caption")!.TextContent;
        Assert.Equal(periods.Count > 1, caption.Contains("cover different periods", StringComparison.Ordinal));
        Assert.All(page.QuerySelectorAll("#compare-table td[data-figure^=pay-]").Select(c => c.TextContent).Where(t => t != "no figure yet"),
            t => Assert.Contains(Enum.GetValues<TrustTier>().Select(x => Trust.Label(x).ToLowerInvariant()), l => t.Contains(l, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_occupation_json_ld_points_at_the_official_classification_page_not_a_code_file()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/salary"));

        var occupation = page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(j => j.TryGetProperty("@type", out var type) && type.GetString() == "Occupation");
        var sameAs = occupation.GetProperty("sameAs").GetString();
        Assert.Equal("https://www.onetonline.org/link/summary/31-9092.00", sameAs);
        Assert.Contains(ComputedData.Site.Sources, s => s.Url == sameAs && s.Kind == SourceKinds.Official);
    }

    [GeneratedRegex(@"\b(a year|an hour)\d* \1\b")]
    private static partial Regex RepeatedUnit();
}
