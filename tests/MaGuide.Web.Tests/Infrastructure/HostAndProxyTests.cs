using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;

namespace MaGuide.Web.Tests.Infrastructure;

/// <summary>Output URLs come only from configuration or an allowed host; proxies are trusted only as configured.</summary>
[Collection(SiteTests.Name)]
public sealed class HostAndProxyTests(SiteFactory site)
{
    [Theory]
    [InlineData("evil.example")]
    [InlineData("localhost.evil.example")]
    public async Task A_forged_host_is_refused_before_any_page_sees_it(string host)
    {
        foreach (var path in new[] { "/", "/sitemap.xml", "/feed.xml", "/robots.txt" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Host = host;

            var response = await site.CreateReader().SendAsync(request);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.DoesNotContain(host, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_empty_host_is_refused()
    {
        var context = await site.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Scheme = "https";
            c.Request.Path = "/";
            c.Request.Host = new HostString("");
        });

        Assert.Equal(StatusCodes.Status400BadRequest, context.Response.StatusCode);
    }

    [Fact]
    public async Task The_host_is_named_in_lower_case_whatever_casing_the_first_reader_sent()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/scope");
        request.Headers.Host = "LocalHost";
        await site.CreateReader().SendAsync(request);

        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/scope"));

        Assert.Equal("https://localhost/scope", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("https://localhost/scope", page.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
    }

    [Fact]
    public async Task Plain_http_is_redirected_to_https_but_not_behind_a_proxy_that_terminated_tls()
    {
        var plain = await site.CreatePlainReader().GetAsync("/salary");
        Assert.Equal(HttpStatusCode.PermanentRedirect, plain.StatusCode);
        Assert.Equal("https://localhost/salary", plain.Headers.Location?.ToString());

        using var proxied = new HttpRequestMessage(HttpMethod.Get, "/salary");
        proxied.Headers.Add("X-Forwarded-Proto", "https");
        var response = await site.CreatePlainReader().SendAsync(proxied);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        Assert.Equal("https://localhost/salary", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Health_is_answered_on_plain_http_for_load_balancers()
    {
        var response = await site.CreatePlainReader().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

[Collection(DeployedSiteTests.Name)]
public sealed class ConfiguredOriginTests(DeployedSite site)
{
    [Fact]
    public async Task Every_output_url_uses_the_configured_base_url_whatever_the_host()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/salary");
        request.Headers.Host = "www.maguide.example";
        var page = await SiteFactory.ParseAsync(await site.CreateReader().SendAsync(request));
        Assert.Equal("https://maguide.example/salary", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("https://maguide.example/salary", page.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));

        var sitemap = XDocument.Parse(await site.CreateReader().GetStringAsync("/sitemap.xml"));
        Assert.All(sitemap.Descendants().Where(e => e.Name.LocalName == "loc"), loc => Assert.StartsWith("https://maguide.example/", loc.Value, StringComparison.Ordinal));
        var feed = await site.CreateReader().GetStringAsync("/feed.xml");
        Assert.DoesNotContain("localhost", feed, StringComparison.Ordinal);
        Assert.Contains("https://maguide.example/guides/", feed, StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://maguide.example/sitemap.xml", await site.CreateReader().GetStringAsync("/robots.txt"), StringComparison.Ordinal);
    }
}
