using MaGuide.Web.Content;

namespace MaGuide.Web.Tests.Pages;

/// <summary>The guide set as a whole: reachable, complete, within the reading level, sourced.</summary>
[Collection(SiteTests.Name)]
public sealed class GuideSetTests(SiteFactory site)
{
    [Fact]
    public async Task Every_guide_is_reachable_from_the_hub_within_two_clicks()
    {
        var client = site.CreateReader();
        var hub = await SiteFactory.ParseAsync(await client.GetAsync("/"));
        var oneClick = hub.QuerySelectorAll("a[href^='/guides/']").Select(a => a.GetAttribute("href")!.Split('#')[0]).ToHashSet(StringComparer.Ordinal);
        var twoClicks = new HashSet<string>(oneClick, StringComparer.Ordinal);
        foreach (var path in oneClick)
        {
            var page = await SiteFactory.ParseAsync(await client.GetAsync(path));
            twoClicks.UnionWith(page.QuerySelectorAll("a[href^='/guides/']").Select(a => a.GetAttribute("href")!.Split('#')[0]));
        }

        foreach (var guide in site.Catalog.Guides.Where(g => !g.IsHub))
        {
            Assert.Contains(SiteLinks.Guide(guide.Slug), twoClicks);
        }
    }

    [Fact]
    public void Every_guide_file_is_published_with_a_reviewed_date_sources_and_a_readable_grade()
    {
        var files = Directory.GetFiles(Fixtures.Site.Guides, "*.md").Select(Path.GetFileNameWithoutExtension).ToList();

        Assert.Equal(files.Order(StringComparer.Ordinal), site.Catalog.Guides.Select(g => g.Slug).Order(StringComparer.Ordinal));
        foreach (var guide in site.Catalog.Guides)
        {
            Assert.True(guide.Reviewed > new DateOnly(2025, 1, 1), $"{guide.Slug} reviewed {guide.Reviewed}");
            Assert.InRange(guide.ReadingGrade ?? 0, 0, Readability.MaxGrade);
            Assert.True(guide.SourceIds.Count > 0 || guide.Slug is "editorial-policy" or "glossary", $"{guide.Slug} cites no source");
        }
    }

    [Fact]
    public void Every_guide_links_into_the_data_pages()
    {
        var dataPrefixes = new[] { "/salary", "/states", "/scope", "/compare", "/sources", "/data", "/training", "/certifications" };

        foreach (var guide in site.Catalog.Guides)
        {
            Assert.True(
                guide.Links.Any(l => dataPrefixes.Any(p => l.Url.StartsWith(p, StringComparison.Ordinal))),
                $"{guide.SourcePath} has no link to a data page");
        }
    }

    [Fact]
    public async Task Guides_with_three_or_more_sections_show_a_contents_list()
    {
        foreach (var guide in site.Catalog.Guides.Where(g => !g.IsHub && g.Headings.Count(h => h.Level == 2) >= 3))
        {
            var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync(SiteLinks.Guide(guide.Slug)));
            Assert.NotNull(page.QuerySelector(".app-contents"));
        }
    }

    [Theory]
    [InlineData("ma-vs-cna", "cna")]
    [InlineData("ma-vs-phlebotomist", "phlebotomist")]
    [InlineData("ma-vs-lpn-and-rn", "lpn")]
    [InlineData("ma-vs-lpn-and-rn", "rn")]
    [InlineData("ma-vs-physician-assistant", "physician-assistant")]
    [InlineData("ma-vs-medical-administrative-assistant", "medical-secretary")]
    public async Task Comparison_guides_link_their_compare_page_and_embed_its_table(string slug, string role)
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync($"/guides/{slug}"));

        Assert.NotNull(page.QuerySelector($".app-prose a[href='/compare/{role}']"));
        Assert.NotNull(page.QuerySelector($".app-prose table.app-table--compare th a[href='/compare/{role}']"));
    }

    [Fact]
    public async Task The_editorial_policy_explains_sources_review_corrections_and_unknown()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/guides/editorial-policy"));
        var text = page.QuerySelector(".app-prose")!.TextContent;

        foreach (var phrase in new[] { "Official sources", "Copies and other pages", "How sure we are", "confirmed", "reported", "reviewed", "correction", "unknown" })
        {
            Assert.Contains(phrase, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
