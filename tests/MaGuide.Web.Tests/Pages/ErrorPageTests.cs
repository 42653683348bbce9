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
}

/// <summary>A site that allows one fresh suggestion search a second, to see the 404 page stay cheap past the limit.</summary>
public sealed class FrugalSuggestionsSite : SiteFactory
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Search:NotFoundSearchesPerSecond"] = "1" };
}

public sealed class NotFoundCostTests(FrugalSuggestionsSite site) : IClassFixture<FrugalSuggestionsSite>
{
    private static async Task<int> SuggestionCountAsync(HttpResponseMessage response) =>
        (await SiteFactory.ParseAsync(response)).QuerySelectorAll(".app-error__suggestions a").Length;

    [Fact]
    public async Task Past_the_limit_a_404_is_plain_and_a_repeated_address_is_answered_from_the_cache()
    {
        var client = site.CreateReader();
        var first = await client.GetAsync("/guides/phlebotomist-salary");
        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        Assert.True(await SuggestionCountAsync(first) > 0);

        var started = DateTime.UtcNow;
        var withSuggestions = 0;
        for (var i = 0; i < 12; i++)
        {
            var response = await client.GetAsync($"/guides/texas-pay-{(char)('a' + i)}{(char)('a' + i)}{(char)('a' + i)}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("Page not found", (await SiteFactory.ParseAsync(response)).QuerySelector("h1")?.TextContent.Trim());
            withSuggestions += await SuggestionCountAsync(response) > 0 ? 1 : 0;
        }

        var seconds = (DateTime.UtcNow - started).TotalSeconds;
        Assert.True(withSuggestions <= 1 + Math.Ceiling(seconds), $"{withSuggestions} of 12 404s in {seconds:0.0} s searched for suggestions");
        Assert.True(await SuggestionCountAsync(await client.GetAsync("/guides/phlebotomist-salary")) > 0, "a repeated address lost its cached suggestions");
    }

    [Theory]
    [InlineData("/guides/Salary-by-STATE", "salary state")]
    [InlineData("/a/b/c", "")]
    [InlineData("/guides/the-and-guides", "")]
    [InlineData("/x/zeta-alpha-beta-gamma-delta-epsilon", "alpha beta delta epsilon")]
    public void A_missing_address_is_reduced_to_a_short_sorted_word_set(string path, string words) =>
        Assert.Equal(words, MaGuide.Web.Queries.NotFoundSuggestions.Words(path));
}
