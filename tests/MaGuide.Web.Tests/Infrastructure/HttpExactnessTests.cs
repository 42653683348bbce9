using System.Net;

namespace MaGuide.Web.Tests.Infrastructure;

/// <summary>Methods answered exactly: HEAD wherever GET works, 405 with Allow for the rest, 204 for OPTIONS.</summary>
[Collection(SiteTests.Name)]
public sealed class HttpExactnessTests(SiteFactory site)
{
    public static TheoryData<string> EveryKind => new()
    {
        "/", "/salary", "/salary?sort=pay", "/guides/faq", "/states", "/states/ca", "/scope", "/scope/injections", "/compare", "/compare/rn",
        "/sources", "/data", "/data/quality", "/search?q=texas", "/sitemap.xml", "/feed.xml", "/robots.txt", "/data/wages.csv", "/data/wages.json", "/healthz",
    };

    [Theory, MemberData(nameof(EveryKind))]
    public async Task Head_answers_wherever_get_does_with_the_same_status(string path)
    {
        var client = site.CreateReader();
        var get = await client.GetAsync(path);

        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
    }

    [Theory, MemberData(nameof(EveryKind))]
    public async Task Trace_and_writes_answer_405_with_allow(string path)
    {
        foreach (var method in new[] { "TRACE", "POST", "PUT", "DELETE", "PATCH" })
        {
            var response = await site.CreateReader().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

            Assert.True(response.StatusCode == HttpStatusCode.MethodNotAllowed, $"{method} {path} answered {(int)response.StatusCode}");
            Assert.Equal(["GET", "HEAD", "OPTIONS"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
        }
    }

    [Theory, MemberData(nameof(EveryKind))]
    public async Task Options_answers_204_with_allow(string path)
    {
        var response = await site.CreateReader().SendAsync(new HttpRequestMessage(HttpMethod.Options, path));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "OPTIONS"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/errors/500")]
    [InlineData("/errors/429")]
    [InlineData("/errors/404")]
    public async Task An_error_page_asked_for_directly_is_a_404(string path)
    {
        var response = await site.CreateReader().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_write_to_an_unknown_address_is_a_404_page_not_a_400()
    {
        var response = await site.CreateReader().PostAsync("/no/such/page", new StringContent("x"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

[Collection(DeployedSiteTests.Name)]
public sealed class FaultTests(DeployedSite site)
{
    [Fact]
    public async Task A_fault_answers_500_with_the_readers_page_and_no_technical_detail()
    {
        var response = await site.CreateReader().GetAsync("/boom");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Something went wrong on our side", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
    }
}
