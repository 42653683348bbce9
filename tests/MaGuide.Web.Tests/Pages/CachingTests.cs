using System.Net;
using System.Net.Http.Headers;

namespace MaGuide.Web.Tests.Pages;

[Collection(SiteTests.Name)]
public sealed class CachingTests(SiteFactory site)
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_are_compressed_for_clients_that_accept_it(string encoding)
    {
        var client = site.CreateReader();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/salary");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task A_repeated_page_request_is_served_from_the_output_cache()
    {
        var client = site.CreateReader();
        await client.GetAsync("/compare?probe=cache");

        var second = await client.GetAsync("/compare?probe=cache");

        Assert.True(second.Headers.Age is not null, "the second response has no Age header, so it was not served from the cache");
    }

    [Fact]
    public async Task Health_is_never_cached()
    {
        var client = site.CreateReader();
        await client.GetAsync("/healthz");

        var second = await client.GetAsync("/healthz");

        Assert.Null(second.Headers.Age);
    }

    [Fact]
    public async Task The_stylesheet_is_fingerprinted_and_served_from_this_host()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/"));
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", href);
        var css = await site.CreateReader().GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.NotNull(css.Headers.ETag);
        Assert.Contains(".app-table-wrap", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // A second request once came back empty when static files went through the output cache.
        var again = await site.CreateReader().GetAsync(href);
        Assert.Contains(".app-table-wrap", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_page_loads_anything_from_another_host()
    {
        foreach (var path in new[] { "/", "/salary", "/states/ca", "/compare/rn", "/guides/salary" })
        {
            var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync(path));
            foreach (var element in page.QuerySelectorAll("link[rel=stylesheet], link[rel=icon], script[src], img[src], iframe, style"))
            {
                var target = element.GetAttribute("href") ?? element.GetAttribute("src") ?? "";
                Assert.True(target.StartsWith('/') && !target.StartsWith("//", StringComparison.Ordinal), $"{path}: {element.OuterHtml}");
            }
        }
    }

    [Theory]
    [InlineData("/salary")]
    [InlineData("/guides/faq")]
    [InlineData("/data/wages.csv")]
    public async Task A_page_revalidated_with_its_etag_answers_304_without_a_body(string path)
    {
        var client = site.CreateReader();
        var first = await client.GetAsync(path);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_stale_etag_gets_the_full_page()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/salary");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\"", isWeak: true));

        var response = await site.CreateReader().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Health_reports_the_store_as_well_as_the_content()
    {
        var body = await site.CreateReader().GetStringAsync("/healthz");

        Assert.Contains("\"store\":{\"status\":\"Healthy\"", body, StringComparison.Ordinal);
        Assert.Contains("\"content\":{\"status\":\"Healthy\"", body, StringComparison.Ordinal);
    }
}
