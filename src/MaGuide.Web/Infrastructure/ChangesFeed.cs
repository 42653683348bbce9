using System.Security.Cryptography;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using MaGuide.Web.Content;

namespace MaGuide.Web.Infrastructure;

/// <summary>Stable element ids for changelog entries: the day and a short hash of the summary (so inserting an entry never renumbers others).</summary>
public static class ChangeIds
{
    public static string Of(ChangeEntry entry) =>
        $"change-{Formats.IsoDate(entry.Date)}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(entry.Summary)))[..8]}";
}

/// <summary>
/// <c>/changes/feed.xml</c>: the changelog as an Atom feed (RFC 4287: an author on the feed, a <c>rel="self"</c> link,
/// an id, title and updated date on every entry), built with <see cref="SyndicationFeed"/>.
/// </summary>
public static class ChangesFeed
{
    public static WebApplication MapChangesFeed(this WebApplication app)
    {
        app.MapMethods(SiteLinks.ChangesFeed, SiteHosting.ReadMethods, (HttpContext context, GuideCatalogSource catalogs) =>
            Results.Bytes(Write(catalogs.Current.Changes, SiteLinks.Origin(context)), "application/atom+xml; charset=utf-8"))
            .CacheOutput(SiteDefaults.PagesPolicy);
        return app;
    }

    /// <summary>The feed's bytes (UTF-8, as the XML declaration says) for <paramref name="baseUrl"/>, e.g. https://example.org.</summary>
    public static byte[] Write(Changelog changes, string baseUrl)
    {
        static DateTimeOffset Day(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var page = baseUrl + SiteLinks.Changes;
        var updated = changes.Entries.Count == 0 ? DateTimeOffset.UnixEpoch : Day(changes.Entries[0].Date);
        var feed = new SyndicationFeed("MaGuide: what changed", "Corrections and updates to MaGuide's guides and data.", new Uri(page), page, updated);
        feed.Authors.Add(new SyndicationPerson { Name = "MaGuide editors", Uri = baseUrl + SiteLinks.Home });
        feed.Links.Add(new SyndicationLink(new Uri(baseUrl + SiteLinks.ChangesFeed), "self", null, "application/atom+xml", 0));
        feed.Items = changes.Entries.Select(e =>
        {
            var id = ChangeIds.Of(e);
            var title = e.Summary.Length <= 90 ? e.Summary : e.Summary[..87].TrimEnd() + "…";
            var item = new SyndicationItem($"{e.KindName}: {title}", e.Summary, new Uri($"{page}#{id}"), $"{page}#{id}", Day(e.Date)) { PublishDate = Day(e.Date) };
            return item;
        }).ToList();

        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return output.ToArray();
    }
}
