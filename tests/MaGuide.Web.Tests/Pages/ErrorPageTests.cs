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
    public async Task Missing_addresses_with_the_same_suggestions_share_one_stored_404_page_and_other_errors_are_never_stored()
    {
        var client = site.CreateReader();

        // Same word set ("pay texas"), different addresses: the second is the stored page (the cache adds Age).
        var first = await client.GetAsync("/guides/texas-pay");
        var second = await client.GetAsync("/guides/pay-texas");
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.False(first.Headers.Age.HasValue);
        Assert.True(second.Headers.Age.HasValue, "the second 404 with the same suggestions was rendered again");
        Assert.Equal((await SiteFactory.ParseAsync(first)).QuerySelectorAll(".app-error__suggestions a").Length, (await SiteFactory.ParseAsync(second)).QuerySelectorAll(".app-error__suggestions a").Length);

        // The 404 page asked for directly, and a 405, are rendered every time.
        foreach (var path in new[] { "/errors/404", "/errors/404" })
        {
            Assert.False((await client.GetAsync(path)).Headers.Age.HasValue, path);
        }

        for (var i = 0; i < 2; i++)
        {
            var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/guides/salary"));
            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
            Assert.False(response.Headers.Age.HasValue);
        }
    }
}

/// <summary>
/// A site with tight search limits: one fresh 404 suggestion search a second (to see the 404 page stay cheap past the
/// limit) and three searches per client per window (to see the limiter answer). One host serves both limits' tests:
/// the 404 suggestions never pass through the search page's limiter, and searches never spend the 404 budget.
/// </summary>
public sealed class LimitedSearchSite : SiteFactory
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Search:NotFoundSearchesPerSecond"] = "1",
        ["Search:PermitLimit"] = "3",
    };
}

[CollectionDefinition(Name)]
public sealed class LimitedSearchTests : ICollectionFixture<LimitedSearchSite>
{
    public const string Name = "limited-search";
}

[Collection(LimitedSearchTests.Name)]
public sealed class NotFoundCostTests(LimitedSearchSite site)
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
