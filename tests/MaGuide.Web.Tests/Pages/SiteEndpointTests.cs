using System.Net;
using System.Text.Json;

namespace MaGuide.Web.Tests.Pages;

[Collection(SiteTests.Name)]
public sealed class SiteEndpointTests(SiteFactory site)
{
    [Fact]
    public async Task Healthz_answers_200_with_a_short_json_body()
    {
        var response = await site.CreateReader().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("content").GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_first_requests_of_a_fresh_start_wait_for_the_whole_catalog()
    {
        // The guides are read on another thread while Kestrel starts; /healthz and pages asked at once must see them all.
        using var fresh = new SiteFactory();
        var reader = fresh.CreateReader();
        var health = reader.GetAsync("/healthz");
        var page = reader.GetAsync("/guides/salary");

        using var json = JsonDocument.Parse(await (await health).Content.ReadAsStringAsync());
        var guides = Directory.GetFiles(Fixtures.Site.Guides, "*.md").Length;
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal($"{fresh.Catalog.Guides.Count} guides loaded", json.RootElement.GetProperty("checks").GetProperty("content").GetProperty("detail").GetString());
        Assert.InRange(fresh.Catalog.Guides.Count, guides - 1, guides);
        Assert.Equal(HttpStatusCode.OK, (await page).StatusCode);
    }

    [Fact]
    public async Task The_sources_page_lists_every_source_with_its_kind()
    {
        var catalog = site.Catalog;

        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/sources"));

        var rows = page.QuerySelectorAll("#sources-table tbody tr");
        Assert.Equal(catalog.Sources.Count, rows.Length);
        Assert.All(rows, row => Assert.NotNull(row.QuerySelector(".app-tag")));
    }

    [Fact]
    public async Task Every_internal_link_on_every_page_leads_somewhere()
    {
        var client = site.CreateReader();
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(["/"]);
        while (queue.Count > 0)
        {
            var path = queue.Dequeue();
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.MovedPermanently, $"{path} answered {(int)response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.MovedPermanently)
            {
                // A link to an old address leads somewhere only if the redirect does: follow it, in one step, to a page.
                var location = response.Headers.Location!;
                var target = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
                Assert.True(!location.IsAbsoluteUri || location.Host == SiteFactory.Https.Host, $"{path} redirects off the site, to {location}");
                var landed = await client.GetAsync(target);
                Assert.True(landed.StatusCode == HttpStatusCode.OK, $"{path} redirects to {target}, which answered {(int)landed.StatusCode}");
                if (seen.Add(target))
                {
                    queue.Enqueue(target);
                }

                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var page = await SiteFactory.ParseAsync(response);
            foreach (var href in page.QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!))
            {
                var target = href.Split('#')[0];
                if (target.Length > 0 && seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        Assert.True(seen.Count > 5, $"only {seen.Count} pages reached");
    }
}
