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
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), "not an Atom 1.0 feed element");
        formatter.ReadFrom(reader);
        var feed = formatter.Feed;

        var items = feed.Items.ToList();
        Assert.Equal(site.Catalog.Guides.Count, items.Count);
        Assert.Equal(items.OrderByDescending(i => i.LastUpdatedTime).Select(i => i.Id), items.Select(i => i.Id));
        Assert.Equal("MaGuide", Assert.Single(feed.Authors).Name);
        Assert.Equal(new Uri(SiteFactory.Https, "/feed.xml"), Assert.Single(feed.Links, l => l.RelationshipType == "self").Uri);
    }

    /// <summary>The elements RFC 4287 (section 4.1) requires of a feed and its entries, read from the XML itself.</summary>
    [Fact]
    public async Task The_feed_has_every_element_rfc_4287_requires_with_absolute_unique_ids()
    {
        var response = await site.CreateReader().GetAsync("/feed.xml");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var root = xml.Root!;

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(atom + "feed", root.Name);
        foreach (var required in new[] { "id", "title", "updated" })
        {
            Assert.False(string.IsNullOrWhiteSpace(Assert.Single(root.Elements(atom + required)).Value), $"feed {required} is empty");
        }

        // 4.1.1: a feed has an author unless every entry has one; ours names the site on the feed.
        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(root.Elements(atom + "author")).Element(atom + "name")?.Value));
        var self = Assert.Single(root.Elements(atom + "link"), l => (string?)l.Attribute("rel") == "self");
        Assert.Equal("https://localhost/feed.xml", (string?)self.Attribute("href"));
        Assert.Equal("https://localhost/feed.xml", root.Element(atom + "id")!.Value);
        Assert.True(DateTimeOffset.TryParse(root.Element(atom + "updated")!.Value, out _));

        var entries = root.Elements(atom + "entry").ToList();
        Assert.Equal(site.Catalog.Guides.Count, entries.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var id = Assert.Single(entry.Elements(atom + "id")).Value;
            Assert.True(Uri.TryCreate(id, UriKind.Absolute, out _), $"entry id {id} is not an absolute IRI");
            Assert.True(ids.Add(id), $"entry id {id} is repeated");
            Assert.False(string.IsNullOrWhiteSpace(Assert.Single(entry.Elements(atom + "title")).Value));
            Assert.True(DateTimeOffset.TryParse(Assert.Single(entry.Elements(atom + "updated")).Value, out _));
            // 4.1.2: an entry without atom:content has a rel="alternate" link and a summary.
            var alternate = Assert.Single(entry.Elements(atom + "link"), l => (string?)l.Attribute("rel") is null or "alternate");
            Assert.StartsWith("https://localhost/", (string?)alternate.Attribute("href"), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(Assert.Single(entry.Elements(atom + "summary")).Value));
        }
    }
}
