using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using MaGuide.Web.Content;
using MaGuide.Web.Data;
using MaGuide.Web.Data.Vocabulary;

namespace MaGuide.Web.Infrastructure;

/// <summary>/robots.txt, /sitemap.xml (every guide and data page, and each state paired with the others of its Census division) and /feed.xml (Atom, guides by review date).</summary>
public static class DiscoveryEndpoints
{
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static WebApplication MapDiscovery(this WebApplication app)
    {
        app.MapMethods(SiteLinks.Robots, SiteHosting.ReadMethods, (HttpContext context) =>
            Results.Text($"User-agent: *\nAllow: /\nSitemap: {SiteLinks.Origin(context)}{SiteLinks.Sitemap}\n", "text/plain; charset=utf-8"))
            .CacheOutput(SiteDefaults.PagesPolicy);

        app.MapMethods(SiteLinks.Sitemap, SiteHosting.ReadMethods, (HttpContext context, GuideCatalogSource catalogs, DataPageKeys keys) =>
        {
            var baseUrl = SiteLinks.Origin(context);
            var catalog = catalogs.Current;
            var pages = catalog.Guides.Select(g => (SiteLinks.Guide(g.Slug), (DateOnly?)g.Modified))
                .Concat(SiteLinks.FixedPages.Where(p => p != SiteLinks.Home && p != SiteLinks.Health).Select(p => (p, (DateOnly?)null)))
                .Concat(keys.States.Where(s => s.Length == 2).Order(StringComparer.Ordinal).Select(s => (SiteLinks.State(s), (DateOnly?)null)))
                .Concat(SiteLinks.DivisionPairs(keys.Divisions).Select(p => (p, (DateOnly?)null)))
                .Concat(keys.Tasks.Order(StringComparer.Ordinal).Select(t => (SiteLinks.ScopeTask(t), (DateOnly?)null)))
                .Concat(keys.Roles.Where(r => r != WellKnown.Occupation).Order(StringComparer.Ordinal).Select(r => (SiteLinks.Compare(r), (DateOnly?)null)))
                .Concat(keys.Credentials.Order(StringComparer.Ordinal).Select(c => (SiteLinks.Certification(c), (DateOnly?)null)));
            var xml = new XDocument(new XElement(SitemapNs + "urlset",
                pages.Select(p => new XElement(SitemapNs + "url",
                    new XElement(SitemapNs + "loc", baseUrl + p.Item1),
                    p.Item2 is { } date ? new XElement(SitemapNs + "lastmod", Formats.IsoDate(date)) : null))));
            return Results.Text(xml.Declaration + xml.ToString(SaveOptions.DisableFormatting), "application/xml; charset=utf-8", Encoding.UTF8);
        }).CacheOutput(SiteDefaults.PagesPolicy);

        app.MapMethods(SiteLinks.Feed, SiteHosting.ReadMethods, (HttpContext context, GuideCatalogSource catalogs) =>
        {
            var baseUrl = SiteLinks.Origin(context);
            var guides = catalogs.Current.Guides.OrderByDescending(g => g.Modified).ThenBy(g => g.Title, StringComparer.Ordinal).ToList();
            var updated = guides.Count == 0 ? DateTimeOffset.UnixEpoch : new DateTimeOffset(guides[0].Modified.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var feed = new SyndicationFeed("MaGuide: guides to the medical assistant job", "Guides as they are written and reviewed.", new Uri(baseUrl + SiteLinks.Home), baseUrl + SiteLinks.Feed, updated)
            {
                // The description is a summary, not the guide's content: the entry links to the page (RFC 4287, 4.1.2).
                Items = guides.Select(g => new SyndicationItem
                {
                    Id = baseUrl + SiteLinks.Guide(g.Slug),
                    Title = new TextSyndicationContent(g.Title),
                    Summary = new TextSyndicationContent(g.Description),
                    LastUpdatedTime = new DateTimeOffset(g.Modified.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                    Links = { SyndicationLink.CreateAlternateLink(new Uri(baseUrl + SiteLinks.Guide(g.Slug)), "text/html") },
                }).ToList(),
            };
            AtomRequirements(feed, baseUrl, SiteLinks.Feed);
            // A stream, not a StringBuilder: the XML declaration must say UTF-8, the encoding actually sent.
            using var output = new MemoryStream();
            using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) }))
            {
                new Atom10FeedFormatter(feed).WriteTo(writer);
            }

            return Results.Bytes(output.ToArray(), "application/atom+xml; charset=utf-8");
        }).CacheOutput(SiteDefaults.PagesPolicy);
        return app;
    }

    /// <summary>
    /// What RFC 4287 asks of a feed beyond ids, titles and dates: an author (atom:author, required on the feed unless
    /// every entry has one; the site as an organisation, as the editorial policy describes) and a <c>rel="self"</c> link
    /// with the feed's own absolute address (section 4.2.7.2 says a feed SHOULD have one).
    /// </summary>
    public static void AtomRequirements(SyndicationFeed feed, string baseUrl, string selfPath)
    {
        feed.Authors.Add(new SyndicationPerson { Name = "MaGuide", Uri = baseUrl + SiteLinks.EditorialPolicy });
        feed.Links.Add(new SyndicationLink(new Uri(baseUrl + selfPath), "self", null, "application/atom+xml", 0));
        feed.Language = "en-US";
    }
}
