using System.Net;
using System.Text.RegularExpressions;
using MaGuide.Web.Content;

namespace MaGuide.Web.Tests.Pages;

[Collection(SiteTests.Name)]
public sealed partial class GuidePageTests(SiteFactory site)
{
    /// <summary>Every guide file in the repository's content folder, by the address a reader uses.</summary>
    public static TheoryData<string> AllGuideRoutes() =>
        [.. Directory.GetFiles(Fixtures.Site.Guides, "*.md").Select(f => SiteLinks.Guide(Path.GetFileNameWithoutExtension(f))).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Pay changes every year, so a reader must see how old a pay figure is without opening its note: each paragraph
    /// or list item holding one names a year in its own words or in brackets after the figure.
    /// </summary>
    [Theory, MemberData(nameof(AllGuideRoutes))]
    public async Task Every_pay_figure_in_a_guide_has_its_period_in_the_words_around_it(string path)
    {
        var page = (await SitemapPages.OfAsync(site)).Single(p => p.Path == path).Document;

        foreach (var figure in page.QuerySelectorAll("main .app-figure").Where(f => PayFigure().IsMatch(f.TextContent)))
        {
            // The block's words without the note numbers (a note "2" beside "2023" must not count as a year).
            var block = (AngleSharp.Dom.IElement)figure.Closest("p, li, td")!.Clone();
            foreach (var note in block.QuerySelectorAll("sup.app-figure__ref").ToList())
            {
                note.Remove();
            }

            Assert.True(Year().IsMatch(block.TextContent), $"{path}: \"{block.TextContent.Trim()}\" gives a pay figure without its period");
        }
    }

    /// <summary>A figure's note names what it is in words a reader uses, never the data's column names.</summary>
    [Theory, MemberData(nameof(AllGuideRoutes))]
    public async Task Figure_notes_say_what_a_figure_is_in_words_not_column_names(string path)
    {
        var page = (await SitemapPages.OfAsync(site)).Single(p => p.Path == path).Document;

        foreach (var note in page.QuerySelectorAll(".app-figures li").Select(li => li.TextContent))
        {
            Assert.DoesNotMatch(ColumnWords(), note);
            Assert.DoesNotContain("Training route \"", note, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"\b(length months|clock hours|externship hours|cost usd|offered by)\b")]
    private static partial Regex ColumnWords();

    [GeneratedRegex(@"\$[\d,.]+ (a year|an hour)")]
    private static partial Regex PayFigure();

    [GeneratedRegex(@"\b(19|20)\d\d\b")]
    private static partial Regex Year();

    [Theory, MemberData(nameof(AllGuideRoutes))]
    public async Task Every_guide_renders_one_h1_a_title_and_a_reviewed_date(string path)
    {
        var response = await site.CreateReader().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.False(string.IsNullOrWhiteSpace(page.Title));
        var reviewed = page.QuerySelector(".app-guide__reviewed time");
        Assert.NotNull(reviewed);
        Assert.True(DateOnly.TryParse(reviewed.GetAttribute("datetime"), out _));
        Assert.StartsWith("Last reviewed", page.QuerySelector(".app-guide__reviewed")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main#main"));
        Assert.NotNull(page.QuerySelector("a.app-skip-link[href='#main']"));
        Assert.NotNull(page.QuerySelector("link[rel=canonical]"));
        Assert.NotNull(page.QuerySelector("meta[name=description]"));
    }

    [Fact]
    public async Task A_guide_page_shows_breadcrumbs_contents_sources_and_related_guides()
    {
        var catalog = site.Catalog;
        var guide = catalog.Guides.First(g => !g.IsHub && g.Headings.Count(h => h.Level == 2) >= 3 && g.SourceIds.Count > 0 && g.RelatedSlugs.Count > 0);

        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync(SiteLinks.Guide(guide.Slug)));

        var crumbs = page.QuerySelectorAll(".app-breadcrumbs__item").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["Home", guide.Section.Name, guide.Title], crumbs);
        var contents = page.QuerySelectorAll(".app-contents a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(guide.Headings.Select(h => "#" + h.Id), contents);
        foreach (var id in guide.Headings.Select(h => h.Id))
        {
            Assert.NotNull(page.GetElementById(id));
        }

        var sources = page.QuerySelectorAll(".app-guide-sources li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(catalog.SourcesOf(guide).Select(s => s.Url), sources);
        var related = page.QuerySelectorAll(".app-related a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(catalog.RelatedTo(guide).Select(g => SiteLinks.Guide(g.Slug)), related);
    }

    [Fact]
    public async Task The_hub_shows_the_hub_guide_and_every_section_with_its_guides()
    {
        var catalog = site.Catalog;

        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/"));

        Assert.Equal(catalog.Hub!.Title, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector(".app-prose table"));
        foreach (var section in Section.All)
        {
            Assert.NotNull(page.GetElementById(section.Anchor));
        }

        var linked = page.QuerySelectorAll(".app-section a").Select(a => a.GetAttribute("href")).ToHashSet();
        foreach (var guide in catalog.Guides.Where(g => !g.IsHub))
        {
            Assert.Contains(SiteLinks.Guide(guide.Slug), linked);
        }
    }

    [Fact]
    public async Task The_hub_guide_address_redirects_to_the_home_page()
    {
        var response = await site.CreateReader().GetAsync("/guides/" + GuideCatalog.HubSlug);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Guide_html_is_served_with_security_headers()
    {
        var response = await site.CreateReader().GetAsync("/guides/duties-and-skills");

        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_guide_never_shows_its_file_path_and_has_no_edit_link_when_no_edit_url_is_configured()
    {
        var plain = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/guides/faq"));

        Assert.DoesNotContain("content/guides", plain.QuerySelector(".app-guide__footer")!.TextContent, StringComparison.Ordinal);
        Assert.Null(plain.QuerySelector(".app-guide__footer a[rel=external]"));
    }
}
