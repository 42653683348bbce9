using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MaGuide.Web.Content;
using MaGuide.Web.Data.Vocabulary;
using MaGuide.Web.Pages;

namespace MaGuide.Web.Tests.Pages;

/// <summary>
/// What search results show of each page (issue #18 point 3), over every page in the sitemap: titles that fit and
/// differ, descriptions that fit, no link that costs a redirect, and no canonical on the error page.
/// </summary>
[Collection(SiteTests.Name)]
public sealed class HeadTagTests(SiteFactory site)
{
    [Fact]
    public async Task Every_sitemap_page_has_a_title_of_65_characters_or_fewer_and_a_description_of_160_or_fewer()
    {
        var pages = await SitemapPages.OfAsync(site);

        var tooLong = pages.Select(p => (p.Path, Title: p.Document.Title ?? "", Description: Description(p.Document)))
            .Where(p => p.Title.Length is 0 or > PageMeta.MaxTitleLength || p.Description.Length is 0 or > PageMeta.MaxDescriptionLength)
            .Select(p => $"{p.Path}: title {p.Title.Length} \"{p.Title}\", description {p.Description.Length}")
            .ToList();
        Assert.True(tooLong.Count == 0, string.Join("\n", tooLong));
        Assert.True(pages.Count > 100, $"only {pages.Count} pages in the sitemap");
    }

    [Fact]
    public async Task No_two_sitemap_pages_share_a_title()
    {
        var pages = await SitemapPages.OfAsync(site);

        var shared = pages.GroupBy(p => p.Document.Title, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => $"\"{g.Key}\": {string.Join(", ", g.Select(p => p.Path))}").ToList();
        Assert.True(shared.Count == 0, string.Join("\n", shared));
        Assert.NotEqual(Title(pages, "/guides/ma-vs-phlebotomist"), Title(pages, "/compare/phlebotomist"));
    }

    [Fact]
    public async Task No_page_in_the_sitemap_links_to_an_address_on_the_site_that_redirects()
    {
        var pages = await SitemapPages.OfAsync(site);
        var client = site.CreateReader();
        var targets = pages
            .SelectMany(p => p.Document.QuerySelectorAll("a[href], link[href]").Select(a => (From: p.Path, Href: a.GetAttribute("href")!)))
            .Select(l => (l.From, Url: new Uri(SiteFactory.Https, l.Href)))
            .Where(l => l.Url.Host == SiteFactory.Https.Host)
            .GroupBy(l => l.Url.PathAndQuery, StringComparer.Ordinal)
            .ToList();

        var redirecting = new List<string>();
        foreach (var target in targets)
        {
            using var response = await client.GetAsync(target.Key);
            if ((int)response.StatusCode is >= 300 and < 400)
            {
                redirecting.Add($"{target.Key} answers {(int)response.StatusCode} → {response.Headers.Location}; linked from {string.Join(", ", target.Select(t => t.From).Distinct().Take(5))}");
            }
        }

        Assert.True(redirecting.Count == 0, string.Join("\n", redirecting));
        Assert.Contains(targets, t => t.Key == "/");
        Assert.True(targets.Count > 150, $"only {targets.Count} link targets");
    }

    [Fact]
    public async Task The_old_hub_address_still_redirects_so_the_link_test_has_something_to_catch()
    {
        using var response = await site.CreateReader().GetAsync("/guides/" + GuideCatalog.HubSlug);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_not_found_page_has_no_canonical_link_and_asks_not_to_be_indexed()
    {
        using var response = await site.CreateReader().GetAsync("/guides/no-such-guide");
        var page = await SiteFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.Null(page.QuerySelector("meta[property='og:url']"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Empty(page.QuerySelectorAll("script[type='application/ld+json']"));
    }

    [Fact]
    public async Task The_district_of_columbia_takes_the_in_sentences_on_its_page_and_wherever_it_follows_in()
    {
        var pages = await SitemapPages.OfAsync(site);
        var dc = pages.Single(p => p.Path == "/states/dc").Document;

        Assert.Equal("Medical assistants in the District of Columbia", dc.QuerySelector("h1")!.TextContent);
        Assert.Contains("in the District of Columbia", Description(dc), StringComparison.Ordinal);
        // Pages a form or a pair of states leads to are not in the sitemap; the certification finder wrote "What District of
        // Columbia's rules ask for".
        var reached = new List<(string Path, IHtmlDocument Document)>();
        foreach (var path in new[] { $"{SiteLinks.Certifications}?background=on-the-job&years=1&state=DC", SiteLinks.StatePair("DC", "CA") })
        {
            reached.Add((path, await SiteFactory.ParseAsync(await site.CreateReader().GetAsync(path))));
        }

        foreach (var (path, document) in pages.Select(p => (p.Path, p.Document)).Concat(reached))
        {
            var text = document.Body!.TextContent + " " + document.Title + " " + Description(document);
            foreach (var word in new[] { "in", "for", "of", "whether", "What" })
            {
                Assert.False(text.Contains($" {word} District of Columbia", StringComparison.Ordinal), $"{path}: \"{word} District of Columbia\"");
            }
        }
    }

    [Fact]
    public void Titles_built_from_data_fall_back_to_a_shorter_form_that_fits()
    {
        Assert.Equal("Short", PageMeta.FittingTitle(new string('x', 60), "Short"));
        Assert.Equal("Fits", PageMeta.FittingTitle("Fits", "Other"));
        Assert.Equal("the District of Columbia", PlaceNames.InSentence("District of Columbia"));
        Assert.Equal("Ohio", PlaceNames.InSentence("Ohio"));
        Assert.Equal("the United States", PlaceNames.InSentence(WellKnown.NationalName));
    }

    private static string Description(IParentNode page) => page.QuerySelector("meta[name=description]")?.GetAttribute("content") ?? "";

    private static string? Title(IEnumerable<SitemapPage> pages, string path) => pages.Single(p => p.Path == path).Document.Title;
}
