using System.Net;
using MaGuide.Web.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace MaGuide.Web.Tests.Pages;

[Collection(SiteTests.Name)]
public sealed class SearchTests(SiteFactory site)
{
    private static readonly string[] Kinds = ["Guide", "State", "Task", "Comparison", "Pay", "Page", "Sources"];

    private async Task<List<string>> ResultLinks(string query)
    {
        var response = await site.CreateReader().GetAsync("/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        return [.. page.QuerySelectorAll(".app-results__link").Select(a => a.GetAttribute("href")!)];
    }

    [Theory]
    [InlineData("texas", "/states/tx")]
    [InlineData("Injections", "/scope/injections")]
    [InlineData("phlebotomist", "/guides/ma-vs-phlebotomist")]
    [InlineData("certification", "/guides/certification")]
    [InlineData("registered nurse", "/compare/rn")]
    public async Task Search_finds_guides_states_tasks_and_roles(string query, string expected)
    {
        Assert.Contains(expected, await ResultLinks(query));
    }

    [Fact]
    public async Task A_typo_gets_did_you_mean_with_a_link_and_the_results_for_the_corrected_query()
    {
        var response = await site.CreateReader().GetAsync("/search?q=phlebotemy");
        var page = await SiteFactory.ParseAsync(response);

        var correction = page.QuerySelector(".app-search__correction");
        Assert.NotNull(correction);
        Assert.Contains("No results for “phlebotemy”", correction.TextContent, StringComparison.Ordinal);
        Assert.Equal("/search?q=phlebotomy", correction.QuerySelector("a")?.GetAttribute("href"));
        Assert.Contains("for “phlebotomy”", page.QuerySelector("#results-heading")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("/guides/ma-vs-phlebotomist", page.QuerySelectorAll(".app-results__link").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Results_show_their_kind_and_snippets_with_no_stray_spaces_around_highlighted_words()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/search?q=cna"));

        var items = page.QuerySelectorAll(".app-results__item").ToList();
        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.Contains(item.QuerySelector(".app-results__kind")?.TextContent, Kinds));
        var snippets = items.Select(i => i.QuerySelector(".app-results__snippet")!).ToList();
        Assert.Contains(snippets, s => s.QuerySelector("mark") is not null);
        Assert.All(snippets, s => Assert.DoesNotMatch(@"\(\s|\s\)|\s[,.;:!?](?!\d)|\s{2}", s.TextContent));
        Assert.All(snippets, s => Assert.DoesNotContain("\u0002", s.InnerHtml, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_pay_page_and_the_sources_page_are_found()
    {
        Assert.Equal("/salary", (await ResultLinks("wages"))[0]);
        Assert.Equal("/sources", (await ResultLinks("sources"))[0]);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("NEAR(a b) OR *")]
    [InlineData("' OR 1=1 --")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("^^^ ---")]
    [InlineData("")]
    public async Task Hostile_or_empty_queries_get_a_page_not_an_error(string query)
    {
        var response = await site.CreateReader().GetAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_overlong_query_is_a_400_with_the_error_page()
    {
        var response = await site.CreateReader().GetAsync("/search?q=" + new string('a', SearchIndex.MaxQueryLength + 1));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        Assert.Equal("That request did not make sense", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_404_suggests_pages_that_match_the_address()
    {
        var response = await site.CreateReader().GetAsync("/guides/phlebotomy-versus-medical-assistant");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        var suggestions = page.QuerySelectorAll(".app-error__suggestions a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/guides/ma-vs-phlebotomist", suggestions);
    }

    [Fact]
    public void Only_words_reach_the_fts_expression_so_operators_in_input_are_inert()
    {
        Assert.Equal("(\"near\") AND (\"or\" OR \"cma\")", SearchIndex.ToMatchExpression([new(["near"]), new(["or", "cma"])], " AND "));
        Assert.Equal("(\"phleb\"*)", SearchIndex.ToMatchExpression([new(["phleb"], Prefix: true)], " OR "));
        Assert.Contains(site.Services.GetRequiredService<SearchService>().Find("NEAR( cma* \"^ AND").Hits, h => h.Url == "/guides/certification");
    }
}

/// <summary>The search page's per-client limiter, on the site that allows three searches per window.</summary>
[Collection(LimitedSearchTests.Name)]
public sealed class SearchRateLimitTests(LimitedSearchSite site)
{
    [Fact]
    public async Task Too_many_searches_get_429_with_retry_after_and_the_error_page()
    {
        var client = site.CreateReader();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            // Different queries, so the output cache does not answer for the limiter.
            last = await client.GetAsync($"/search?q=term{i}");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(TimeSpan.FromSeconds(10), last!.Headers.RetryAfter?.Delta);
        Assert.Contains("Too many requests", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/salary")).StatusCode);
    }

    [Fact]
    public async Task The_payback_form_and_state_links_are_not_limited_but_its_answers_are()
    {
        var client = site.CreateReader();
        var links = new List<HttpStatusCode>();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            links.Add((await client.GetAsync(i % 2 == 0 ? "/training/payback" : $"/training/payback?state={(i == 1 ? "CA" : "TX")}")).StatusCode);
        }

        for (var i = 0; i < 5; i++)
        {
            answers.Add((await client.GetAsync($"/training/payback?state=CA&cost={3000 + i}&months=9&hourly=16&hours=40")).StatusCode);
        }

        Assert.All(links, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], answers);
    }
}
