using System.Net;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using AngleSharp.Html.Dom;

namespace MaGuide.Web.Tests;

/// <summary>One page of the sitemap as a reader gets it: its path, status and parsed HTML.</summary>
public sealed record SitemapPage(string Path, HttpStatusCode Status, IHtmlDocument Document);

/// <summary>Every HTML page the sitemap lists, fetched once per site factory (the sitemap-wide tests share them).</summary>
public static class SitemapPages
{
    private static readonly ConditionalWeakTable<SiteFactory, Task<IReadOnlyList<SitemapPage>>> Cache = [];

    public static Task<IReadOnlyList<SitemapPage>> OfAsync(SiteFactory site) => Cache.GetValue(site, FetchAsync);

    private static async Task<IReadOnlyList<SitemapPage>> FetchAsync(SiteFactory site)
    {
        var client = site.CreateReader();
        var xml = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var pages = new List<SitemapPage>();
        foreach (var loc in xml.Descendants().Where(e => e.Name.LocalName == "loc"))
        {
            var path = new Uri(loc.Value).AbsolutePath;
            using var response = await client.GetAsync(path);
            pages.Add(new(path, response.StatusCode, await SiteFactory.ParseAsync(response)));
        }

        return pages;
    }
}
