using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using MaGuide.Web.Content;
using MaGuide.Web.Pages;

namespace MaGuide.Web.Tests.Pages;

/// <summary>
/// JSON-LD on every sitemap page (issue #18 point 2), checked against docs/structured-data-requirements.json: the
/// properties search engines require and recommend for each type, absolute URLs, and the blocks each kind of page
/// must carry (a BreadcrumbList wherever a breadcrumb shows, Article on guides, FAQPage on the FAQ, Occupation on states).
/// </summary>
[Collection(SiteTests.Name)]
public sealed class StructuredDataTests(SiteFactory site)
{
    private static readonly JsonObject Requirements = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "structured-data-requirements.json")))!["types"]!;

    [Fact]
    public async Task Every_json_ld_block_on_every_sitemap_page_has_the_properties_search_engines_require_and_recommend()
    {
        var problems = new List<string>();
        var blocks = 0;
        foreach (var page in await SitemapPages.OfAsync(site))
        {
            foreach (var block in Blocks(page.Document))
            {
                blocks++;
                var type = block["@type"]?.GetValue<string>() ?? "";
                if (block["@context"]?.GetValue<string>() != "https://schema.org")
                {
                    problems.Add($"{page.Path}: {type} has no @context https://schema.org");
                }

                if (Requirements[type] is not JsonObject rules)
                {
                    problems.Add($"{page.Path}: {type} is not in docs/structured-data-requirements.json; list what it needs there first");
                    continue;
                }

                var omitted = rules["omitted"]!.AsObject();
                foreach (var path in Strings(rules["required"]).Concat(Strings(rules["recommended"]).Where(p => !omitted.ContainsKey(p))))
                {
                    if (Values(block, path).ToList() is var values && (values.Count == 0 || values.Any(IsEmpty)))
                    {
                        problems.Add($"{page.Path}: {type}.{path} is missing or empty");
                    }
                }

                foreach (var path in Strings(rules["urls"]))
                {
                    foreach (var value in Values(block, path).SelectMany(n => n is JsonArray array ? array.AsEnumerable() : [n]))
                    {
                        if (value is not JsonValue v || !Uri.TryCreate(v.ToString(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
                        {
                            problems.Add($"{page.Path}: {type}.{path} \"{value}\" is not an absolute address");
                        }
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(blocks > 150, $"only {blocks} blocks");
    }

    [Fact]
    public async Task Every_page_that_shows_a_breadcrumb_has_one_breadcrumb_list_naming_the_same_steps_with_absolute_urls()
    {
        var pages = await SitemapPages.OfAsync(site);
        var withTrail = 0;
        foreach (var page in pages)
        {
            var shown = page.Document.QuerySelectorAll("nav.app-breadcrumbs li").Select(li => li.TextContent.Trim()).ToList();
            var lists = Blocks(page.Document).Where(b => Type(b) == "BreadcrumbList").ToList();
            if (shown.Count == 0)
            {
                Assert.Empty(lists);
                continue;
            }

            withTrail++;
            var list = Assert.Single(lists);
            var items = list["itemListElement"]!.AsArray();
            Assert.Equal(shown, items.Select(i => i!["name"]!.GetValue<string>()));
            Assert.Equal(Enumerable.Range(1, shown.Count), items.Select(i => i!["position"]!.GetValue<int>()));
            Assert.Equal(SiteFactory.Https + "", items[0]!["item"]!.GetValue<string>());
            Assert.Equal(new Uri(SiteFactory.Https, page.Path).ToString(), items[^1]!["item"]!.GetValue<string>());
        }

        foreach (var prefix in new[] { "/salary", "/states/", "/scope/", "/compare/", "/sources", "/data", "/training", "/certifications/", "/guides/" })
        {
            Assert.Contains(pages, p => p.Path.StartsWith(prefix, StringComparison.Ordinal) && Blocks(p.Document).Any(b => Type(b) == "BreadcrumbList"));
        }

        Assert.True(withTrail > 100, $"only {withTrail} pages show a breadcrumb");
    }

    [Fact]
    public async Task Every_guide_is_an_article_by_the_organisation_with_its_publication_date()
    {
        var pages = await SitemapPages.OfAsync(site);
        foreach (var guide in site.Catalog.Guides)
        {
            var article = Assert.Single(Blocks(pages.Single(p => p.Path == SiteLinks.Guide(guide.Slug)).Document), b => Type(b) == "Article");

            Assert.Equal("Organization", article["author"]!["@type"]!.GetValue<string>());
            Assert.Equal("MaGuide", article["author"]!["name"]!.GetValue<string>());
            Assert.Equal(SiteFactory.Https + "guides/editorial-policy", article["author"]!["url"]!.GetValue<string>());
            Assert.Equal(guide.Reviewed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), article["datePublished"]!.GetValue<string>());
            Assert.Equal(guide.Title, article["headline"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task A_guides_modified_date_for_machines_is_the_latest_date_its_page_shows()
    {
        var pages = await SitemapPages.OfAsync(site);
        var sitemap = System.Xml.Linq.XDocument.Parse(await site.CreateReader().GetStringAsync("/sitemap.xml"));
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var lastmod = sitemap.Descendants(ns + "url").ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")?.Value);
        foreach (var guide in site.Catalog.Guides)
        {
            var page = pages.Single(p => p.Path == SiteLinks.Guide(guide.Slug)).Document;
            var shown = page.QuerySelectorAll(".app-guide__meta time").Select(t => t.GetAttribute("datetime")!).Max(StringComparer.Ordinal);
            var article = Assert.Single(Blocks(page), b => Type(b) == "Article");

            Assert.Equal(shown, article["dateModified"]!.GetValue<string>());
            Assert.Equal(shown, lastmod[SiteFactory.Https + SiteLinks.Guide(guide.Slug).TrimStart('/')]);
        }
    }

    [Fact]
    public async Task The_faq_guide_publishes_each_question_heading_with_its_answer_and_figures_keep_their_source()
    {
        var pages = await SitemapPages.OfAsync(site);
        var page = pages.Single(p => p.Path == SiteLinks.Guide(GuideMeta.FaqSlug)).Document;
        var questions = page.QuerySelectorAll("main h2, main h3").Select(h => h.TextContent.Trim()).Where(t => t.EndsWith('?')).ToList();

        var faq = Assert.Single(Blocks(page), b => Type(b) == "FAQPage");
        var entities = faq["mainEntity"]!.AsArray();
        Assert.True(questions.Count >= 10, $"{questions.Count} questions");
        Assert.Equal(questions, entities.Select(q => q!["name"]!.GetValue<string>()));
        var pay = entities.Single(q => q!["name"]!.GetValue<string>() == "How much do medical assistants earn?")!["acceptedAnswer"]!["text"]!.GetValue<string>();
        Assert.Contains("(source: ", pay, StringComparison.Ordinal);
        Assert.DoesNotContain("<", pay, StringComparison.Ordinal);
        Assert.All(site.Catalog.Guides.Where(g => g.Slug != GuideMeta.FaqSlug),
            g => Assert.DoesNotContain(Blocks(pages.Single(p => p.Path == SiteLinks.Guide(g.Slug)).Document), b => Type(b) == "FAQPage"));
    }

    [Fact]
    public async Task Each_state_page_with_a_median_describes_the_occupation_in_that_state_with_the_median_it_shows()
    {
        var states = (await SitemapPages.OfAsync(site)).Where(p => p.Path.StartsWith("/states/", StringComparison.Ordinal)).ToList();
        var withOccupation = 0;
        foreach (var page in states)
        {
            var occupation = Blocks(page.Document).SingleOrDefault(b => Type(b) == "Occupation");
            var shownMedian = page.Document.QuerySelector("[data-figure=state-pay]")?.TextContent;
            var label = page.Document.QuerySelector(".app-keyfigure__label")?.TextContent ?? "";
            if (shownMedian is null || !label.StartsWith("median", StringComparison.Ordinal))
            {
                Assert.Null(occupation);
                continue;
            }

            withOccupation++;
            Assert.NotNull(occupation);
            var name = page.Document.QuerySelectorAll("nav.app-breadcrumbs li")[^1].TextContent.Trim();
            Assert.Equal(name, occupation["occupationLocation"]!["name"]!.GetValue<string>());
            Assert.Equal(page.Path == "/states/dc" ? "AdministrativeArea" : "State", occupation["occupationLocation"]!["@type"]!.GetValue<string>());
            var median = occupation["estimatedSalary"]!["median"]!.GetValue<decimal>();
            Assert.Equal(shownMedian, ReaderNumbers.Annual(median));
        }

        // Most states lead with the May 2023 mean (a printed period beats a median whose period we inferred), and
        // schema.org's estimatedSalary here is a median, so only the states that lead with a median carry one.
        Assert.True(withOccupation >= 5, $"only {withOccupation} state pages carry an Occupation");
    }

    private static IEnumerable<JsonObject> Blocks(IParentNode page) =>
        page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonNode.Parse(s.TextContent)!.AsObject());

    private static string Type(JsonObject block) => block["@type"]?.GetValue<string>() ?? "";

    private static IEnumerable<string> Strings(JsonNode? list) => list?.AsArray().Select(n => n!.GetValue<string>()) ?? [];

    /// <summary>The values at a dotted path; a list on the way yields each element's value.</summary>
    private static List<JsonNode?> Values(JsonNode? node, string path)
    {
        IEnumerable<JsonNode?> current = [node];
        foreach (var step in path.Split('.'))
        {
            current = current.SelectMany(n => n is JsonArray array ? array.AsEnumerable() : [n])
                .Where(n => n is JsonObject o && o.ContainsKey(step)).Select(n => n![step]);
        }

        return current.ToList();
    }

    private static bool IsEmpty(JsonNode? node) => node switch
    {
        null => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => string.IsNullOrWhiteSpace(v.GetValue<string>()),
        JsonArray a => a.Count == 0,
        _ => false,
    };
}
