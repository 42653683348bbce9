using System.Globalization;

namespace MaGuide.Web.Tests.Pages;

/// <summary>Every figure and rule says where it comes from, what kind of source that is, and how sure we are.</summary>
[Collection(SiteTests.Name)]
public sealed class ProvenanceTests(SiteFactory site)
{
    private static Dictionary<string, string> KindBySource() => CsvRows.Content("sources.csv").ToDictionary(r => r["id"], r => r["kind"]);

    [Fact]
    public async Task A_figure_that_is_not_official_is_never_labelled_official()
    {
        var kinds = KindBySource();
        // A note names its source by publisher, title and address; a publisher may have official and secondary pages
        // (the AAMA does), so the note is matched to its own source row, not to every row of its publisher.
        var sources = CsvRows.Content("sources.csv").ToLookup(r => (r["publisher"], r["title"], r["url"]), r => r["kind"]);
        var pages = await SitemapPages.OfAsync(site);

        var notes = pages.SelectMany(p => p.Document.QuerySelectorAll(".app-source").Select(note => (p.Path, Note: note))).ToList();
        Assert.NotEmpty(notes);
        var mixedPublishers = 0;
        foreach (var (path, note) in notes)
        {
            var link = note.QuerySelector("a")!;
            var title = System.Text.RegularExpressions.Regex.Match(note.TextContent, "“(.*?)”").Groups[1].Value;
            var tag = note.QuerySelector(".app-tag")!;
            var kindsForSource = sources[(link.TextContent.Trim(), title, link.GetAttribute("href")!)].Distinct().ToList();
            Assert.True(kindsForSource.Count > 0, $"{path}: a note names no source in sources.csv: {note.TextContent.Trim()}");
            if (kindsForSource.All(k => k != "official"))
            {
                Assert.True(!tag.ClassName!.Contains("app-tag--official", StringComparison.Ordinal), $"{path}: {note.TextContent.Trim()}");
                // A copy's tag says it is an "unofficial copy of the official text"; no other non-official tag says "official".
                var words = tag.TextContent.Trim();
                Assert.False(kindsForSource.Contains("copy") ? words.StartsWith("official", StringComparison.OrdinalIgnoreCase) : words.Contains("official", StringComparison.OrdinalIgnoreCase), $"{path}: {note.TextContent.Trim()}");
                mixedPublishers += sources.Any(s => s.Key.Item1 == link.TextContent.Trim() && s.Contains("official")) ? 1 : 0;
            }
        }

        Assert.Contains(kinds.Values, k => k == "official");
        // The case the publisher-wide check skipped is seen: a non-official page of a publisher that also has official ones.
        Assert.True(mixedPublishers > 0, "no note cites a non-official source of a publisher with official sources");
    }

    [Fact]
    public async Task Conflicting_national_figures_are_listed_as_alternatives()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/salary"));
        var national = site.Services.GetService(typeof(MaGuide.Web.Queries.SalaryQuery)) as MaGuide.Web.Queries.SalaryQuery;
        var report = await national!.GetAsync(CancellationToken.None);
        var expected = ComputedData.Site.Wages.Count(r => r.RoleSlug == "medical-assistant" && r.AreaCode == "US" && r.Period == report.National!.Period && !r.Preferred);

        var listed = page.QuerySelectorAll("#national-heading ~ .app-alternatives li, .app-alternatives li").Length;
        Assert.Equal(expected, listed);
    }

    [Fact]
    public async Task A_state_with_no_reliable_rules_says_unknown_plainly_and_links_its_board()
    {
        var area = ComputedData.Site.Areas.First(a => a.ScopeConfidence == "none" && a.BoardUrl is not null);

        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync($"/states/{area.Code.ToLowerInvariant()}"));

        var box = page.QuerySelector(".app-confidence-box")!;
        Assert.Contains("none", box.TextContent, StringComparison.Ordinal);
        Assert.Contains("ask the state medical board", box.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(box.QuerySelector($"a[href='{area.BoardUrl}']"));
        Assert.Contains(page.QuerySelectorAll("#scope-matrix .app-status"), s => s.TextContent.Contains("Unknown: ask the state medical board", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_scope_row_shows_its_confidence_in_words()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/states/ca"));

        foreach (var row in page.QuerySelectorAll("#scope-matrix tbody tr"))
        {
            Assert.Matches("Confidence: (solid|moderate|thin|none)", row.TextContent);
        }
    }

    [Fact]
    public async Task The_quality_page_matches_counts_computed_from_the_csv_files()
    {
        var wages = ComputedData.Site.Wages;
        var preferred = wages.Count(w => w.Preferred);
        var official = wages.Count(w => w.Preferred && w.Tier == MaGuide.Web.Data.Trust.TrustTier.Official);
        var reported = wages.Count(w => w.Preferred && w.Tier == MaGuide.Web.Data.Trust.TrustTier.Reported);
        var conflicts = wages.GroupBy(w => (w.RoleSlug, w.AreaCode, w.Period)).Count(g => g.Count() > 1);

        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/data/quality"));

        var row = page.QuerySelectorAll("#quality-tables tbody tr").First(r => r.QuerySelector("th")!.TextContent.Trim() == "wages.csv");
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(wages.Count.ToString(CultureInfo.InvariantCulture), cells[0]);
        Assert.Equal(preferred.ToString(CultureInfo.InvariantCulture), cells[1]);
        Assert.StartsWith($"{official} (", row.QuerySelector("td[data-tier=official]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith($"{reported} (", row.QuerySelector("td[data-tier=reported]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(conflicts.ToString(CultureInfo.InvariantCulture), cells[7]);
        Assert.Equal(CsvRows.Content("areas.csv").Count, page.QuerySelectorAll("#quality-states tbody tr").Length);
    }

    [Fact]
    public void Check_prints_the_quality_summary()
    {
        var lines = SiteCheck.Output.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("quality: wages.csv:", StringComparison.Ordinal) && l.Contains("shown by tier: official ", StringComparison.Ordinal) && l.Contains(", confirmed ", StringComparison.Ordinal) && l.Contains(", reported ", StringComparison.Ordinal) && l.Contains(", unknown ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("quality: sources:", StringComparison.Ordinal) && l.Contains("states without pay figures", StringComparison.Ordinal));
    }
}
