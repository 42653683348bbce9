using System.Net;

namespace MaGuide.Web.Tests.Pages;

[Collection(SiteTests.Name)]
public sealed class ErrorPageTests(SiteFactory site)
{
    [Theory]
    [InlineData("/guides/no-such-guide")]
    [InlineData("/guides/DUTIES-AND-SKILLS-x")]
    [InlineData("/no/such/page")]
    [InlineData("/guides/..%2f..%2fetc%2fpasswd")]
    [InlineData("/guides/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/guides/a/b/c")]
    public async Task An_unknown_address_gets_the_404_page_with_links_onward(string path)
    {
        var response = await site.CreateReader().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent.Trim());
        var links = page.QuerySelectorAll(".app-error__links a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/", links);
        Assert.Contains(links, l => l!.StartsWith("/guides/", StringComparison.Ordinal));
        Assert.DoesNotContain("<script>alert", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_error_page_keeps_its_status_code_and_shows_no_technical_detail()
    {
        var response = await site.CreateReader().GetAsync("/errors/500");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Something went wrong on our side", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
    }
}
