using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using MaGuide.Web.Content;

namespace MaGuide.Web.Tests.Pages;

[Collection(SiteTests.Name)]
public sealed class DiscoveryTests(SiteFactory site)
{
    [Fact]
    public async Task Robots_allows_everything_and_names_the_sitemap()
    {
        var text = await site.CreateReader().GetStringAsync("/robots.txt");

        Assert.Contains("Allow: /", text, StringComparison.Ordinal);
        Assert.Contains("/sitemap.xml", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sitemap_lists_every_guide_and_data_page_and_each_answers_200()
    {
        var client = site.CreateReader();
        var xml = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var paths = xml.Descendants(ns + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToList();

        foreach (var guide in site.Catalog.Guides)
        {
            Assert.Contains(SiteLinks.Guide(guide.Slug), paths);
        }

        Assert.Contains("/states/ca", paths);
        Assert.Contains("/scope/injections", paths);
        Assert.Contains("/compare/rn", paths);
        Assert.Equal(paths.Count, paths.Distinct().Count());
        foreach (var path in paths)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task The_feed_is_valid_atom_with_every_guide_newest_review_first()
    {
        using var reader = XmlReader.Create(await site.CreateReader().GetStreamAsync("/feed.xml"));
        var feed = SyndicationFeed.Load(reader);

        var items = feed.Items.ToList();
        Assert.Equal(site.Catalog.Guides.Count, items.Count);
        Assert.Equal(items.OrderByDescending(i => i.LastUpdatedTime).Select(i => i.Id), items.Select(i => i.Id));
    }
}
