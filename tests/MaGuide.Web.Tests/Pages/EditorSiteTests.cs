using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using MaGuide.Web.Content;
using MaGuide.Web.ContentFiles;
using Microsoft.AspNetCore.Hosting;

namespace MaGuide.Web.Tests.Pages;

/// <summary>The site over <see cref="EditorContent"/> (a draft, an old address, a stale review), in a chosen environment.</summary>
public abstract class EditorSite(string environment, bool withGit) : SiteFactory
{
    public ContentPaths Content { get; } = EditorContent.Create(withGit);

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Content:Root"] = Content.Root };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(environment);
    }
}

public sealed class ProductionEditorSite() : EditorSite("Production", withGit: false);

public sealed class DevelopmentEditorSite() : EditorSite("Development", withGit: true);

/// <summary>Drafts, renames and freshness as readers meet them in production (issue #18 points 5-7).</summary>
public sealed class ProductionEditorSiteTests(ProductionEditorSite site) : IClassFixture<ProductionEditorSite>
{
    [Fact]
    public async Task A_draft_is_not_found_in_production()
    {
        var response = await site.CreateReader().GetAsync("/guides/" + EditorContent.DraftSlug);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(site.Catalog.Find(EditorContent.DraftSlug));
        Assert.NotNull(site.Catalog.FindDraft(EditorContent.DraftSlug));
    }

    [Fact]
    public async Task A_draft_is_in_no_sitemap_feed_search_or_hub() => await DraftIsNowhere(site);

    [Fact]
    public async Task An_old_address_in_redirect_from_answers_301_to_the_guide()
    {
        var response = await site.CreateReader().GetAsync("/guides/" + EditorContent.OldFaqSlug);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/guides/faq", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_guide_reviewed_over_a_year_ago_tells_readers_and_a_fresh_one_does_not()
    {
        var client = site.CreateReader();
        var stale = await SiteFactory.ParseAsync(await client.GetAsync("/guides/glossary"));
        var fresh = await SiteFactory.ParseAsync(await client.GetAsync("/guides/faq"));

        Assert.Contains("This page may be out of date.", stale.QuerySelector(".app-banner--stale")?.TextContent, StringComparison.Ordinal);
        Assert.Null(fresh.QuerySelector(".app-banner--stale"));
    }

    [Fact]
    public async Task Without_git_history_the_page_shows_only_last_reviewed()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/guides/faq"));

        Assert.NotNull(page.QuerySelector(".app-guide__reviewed"));
        Assert.Null(page.QuerySelector(".app-guide__updated"));
    }

    /// <summary>Shared by both environments: the draft's slug and its one word appear in none of the lists readers and crawlers use.</summary>
    internal static async Task DraftIsNowhere(SiteFactory site)
    {
        var client = site.CreateReader();
        foreach (var path in new[] { "/sitemap.xml", "/feed.xml", "/", "/changes/feed.xml", "/search?q=" + EditorContent.DraftWord, "/guides/certification" })
        {
            var body = await client.GetStringAsync(path);
            Assert.DoesNotContain(EditorContent.DraftSlug, body, StringComparison.Ordinal);
            if (!path.StartsWith("/search", StringComparison.Ordinal))
            {
                // The search page repeats the query; its results are links, covered by the slug check above.
                Assert.DoesNotContain(EditorContent.DraftWord, body, StringComparison.Ordinal);
            }
        }

        Assert.DoesNotContain(site.Catalog.Guides, g => g.Draft);
    }
}

/// <summary>What an editor sees running the site in Development (issue #18 points 5 and 7).</summary>
public sealed class DevelopmentEditorSiteTests(DevelopmentEditorSite site) : IClassFixture<DevelopmentEditorSite>
{
    [Fact]
    public async Task A_draft_shows_in_development_with_a_draft_banner_and_noindex()
    {
        var response = await site.CreateReader().GetAsync("/guides/" + EditorContent.DraftSlug);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        Assert.StartsWith("Draft.", page.QuerySelector(".app-banner--draft")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null((await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/guides/faq"))).QuerySelector(".app-banner--draft"));
    }

    /// <summary>
    /// `dotnet run` (Development) served the stylesheet labelled <c>Content-Encoding: br</c> with a gzip body, so a
    /// browser showed every page unstyled: the framework's runtime reload of static assets was on in Development.
    /// </summary>
    [Fact]
    public async Task In_development_the_stylesheet_body_is_in_the_encoding_its_header_names()
    {
        var client = site.CreateReader();
        var home = await SiteFactory.ParseAsync(await client.GetAsync("/"));
        var href = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        using var request = new HttpRequestMessage(HttpMethod.Get, href);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsByteArrayAsync();
        Stream decoded = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "br" => new System.IO.Compression.BrotliStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress),
            "gzip" => new System.IO.Compression.GZipStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress),
            _ => new MemoryStream(body),
        };
        var css = await new StreamReader(decoded).ReadToEndAsync();
        Assert.Contains(".app-status", css, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Even_in_development_a_draft_is_in_no_sitemap_feed_search_or_hub() =>
        await ProductionEditorSiteTests.DraftIsNowhere(site);

    [Fact]
    public async Task From_a_full_git_checkout_the_page_shows_last_updated_beside_last_reviewed()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/guides/faq"));

        var updated = page.QuerySelector(".app-guide__updated time");
        Assert.Equal("2026-03-14", updated?.GetAttribute("datetime"));
        Assert.Equal("Last updated March 14, 2026", page.QuerySelector(".app-guide__updated")?.TextContent.Trim());
        Assert.NotNull(page.QuerySelector(".app-guide__reviewed"));
    }
}

/// <summary>The public changelog (issue #18 point 8) on the repository's own content.</summary>
[Collection(SiteTests.Name)]
public sealed class ChangelogPageTests(SiteFactory site)
{
    [Fact]
    public async Task The_changes_page_lists_every_entry_newest_first_with_its_date_and_kind()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync(SiteLinks.Changes));

        var entries = page.QuerySelectorAll(".app-change").ToList();
        Assert.NotEmpty(site.Catalog.Changes.Entries);
        Assert.Equal(site.Catalog.Changes.Entries.Count, entries.Count);
        var dates = entries.Select(e => e.QuerySelector("time")!.GetAttribute("datetime")!).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e.QuerySelector(".app-change__kind")?.TextContent)));
        Assert.Equal(entries.Count, entries.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public async Task Every_page_footer_links_the_changes_page_and_the_sitemap_lists_it()
    {
        var client = site.CreateReader();
        var home = await SiteFactory.ParseAsync(await client.GetAsync("/"));

        Assert.NotNull(home.QuerySelector($"footer a[href='{SiteLinks.Changes}']"));
        Assert.Contains("/changes</loc>", await client.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_changes_feed_is_atom_with_an_author_a_self_link_and_one_entry_per_change()
    {
        var response = await site.CreateReader().GetAsync(SiteLinks.ChangesFeed);

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var feed = SyndicationFeed.Load(reader);
        Assert.NotEmpty(feed.Authors);
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsolutePath == SiteLinks.ChangesFeed);
        Assert.Equal(site.Catalog.Changes.Entries.Count, feed.Items.Count());
        Assert.All(feed.Items, i => Assert.StartsWith("https://localhost/changes#change-", i.Id, StringComparison.Ordinal));
        Assert.Equal(feed.Items.Count(), feed.Items.Select(i => i.Id).Distinct().Count());
    }
}
