using System.Text.Json.Nodes;
using MaGuide.Web.Content;
using MaGuide.Web.Data.Vocabulary;
using MaGuide.Web.Infrastructure;
using MaGuide.Web.Queries;

namespace MaGuide.Web.Pages;

/// <summary>
/// The schema.org objects the pages put in <c>&lt;script type="application/ld+json"&gt;</c>, built as JSON nodes (never
/// strings). Every URL in them is absolute: <c>origin</c> is <see cref="SiteLinks.Origin"/> (the configured
/// <c>Site:BaseUrl</c>). The properties follow docs/structured-data.md, which a test checks every block against.
/// </summary>
public static class SchemaOrg
{
    private const string Context = "https://schema.org";

    /// <summary>MaGuide as an organisation: the author and publisher of every guide, as the editorial policy says ("we").</summary>
    public static JsonObject Organization(string origin) => new()
    {
        ["@type"] = "Organization",
        ["name"] = "MaGuide",
        ["url"] = origin + SiteLinks.Home,
    };

    /// <summary>
    /// A guide as an <c>Article</c>. <c>datePublished</c> is the guide's <c>reviewed</c> date (a guide is published as
    /// reviewed); <c>dateModified</c> is <see cref="Guide.Modified"/>, the later of that and the "Last updated" date
    /// the page shows (docs/design-notes.md).
    /// </summary>
    public static JsonObject Article(Guide guide, IEnumerable<string> citations, string origin) => new()
    {
        ["@context"] = Context,
        ["@type"] = "Article",
        ["headline"] = guide.Title,
        ["description"] = guide.Description,
        ["url"] = origin + SiteLinks.Guide(guide.Slug),
        ["mainEntityOfPage"] = origin + SiteLinks.Guide(guide.Slug),
        ["datePublished"] = Formats.IsoDate(guide.Reviewed),
        ["dateModified"] = Formats.IsoDate(guide.Modified),
        ["wordCount"] = guide.WordCount,
        ["inLanguage"] = "en-US",
        ["author"] = Organization(origin).With("url", origin + SiteLinks.Guide("editorial-policy")),
        ["publisher"] = Organization(origin),
        ["citation"] = new JsonArray([.. citations.Distinct(StringComparer.Ordinal).Select(c => JsonValue.Create(c))]),
    };

    /// <summary>
    /// The breadcrumb trail the page shows, as a <c>BreadcrumbList</c> with absolute <c>item</c> URLs; the last crumb
    /// (the page itself, shown without a link) names <paramref name="path"/>. Null for a page without a trail.
    /// </summary>
    public static JsonObject? Breadcrumbs(IReadOnlyList<Crumb> crumbs, string path, string origin) => crumbs.Count == 0 ? null : new()
    {
        ["@context"] = Context,
        ["@type"] = "BreadcrumbList",
        ["itemListElement"] = new JsonArray([.. crumbs.Select((c, i) => (JsonNode)new JsonObject
        {
            ["@type"] = "ListItem",
            ["position"] = i + 1,
            ["name"] = c.Text,
            ["item"] = origin + (c.Href ?? path),
        })]),
    };

    /// <summary>
    /// A <c>FAQPage</c> from a guide's questions: each heading that ends in "?" is a question and the text up to the
    /// next heading is its answer (plain text, as the page shows it). Null when the guide has no such heading.
    /// </summary>
    public static JsonObject? Faq(Guide guide)
    {
        var questions = GuideQuestions.Of(guide);
        return questions.Count == 0 ? null : new()
        {
            ["@context"] = Context,
            ["@type"] = "FAQPage",
            ["name"] = guide.Title,
            ["mainEntity"] = new JsonArray([.. questions.Select(q => (JsonNode)new JsonObject
            {
                ["@type"] = "Question",
                ["name"] = q.Question,
                ["acceptedAnswer"] = new JsonObject { ["@type"] = "Answer", ["text"] = q.Answer },
            })]),
        };
    }

    /// <summary>
    /// The medical assistant occupation in one place (the country, or a state), with the pay figures the page shows
    /// (annual dollars; only the percentiles the source gives). Null without an annual median: the page then shows
    /// no median, and an <c>Occupation</c> without its estimated salary is not one search engines accept.
    /// </summary>
    /// <param name="pay">The headline pay row the page shows (annual dollars).</param>
    /// <param name="location">From <see cref="Country"/> or <see cref="Area"/>.</param>
    /// <param name="sameAs">The occupation's own classification page (O*NET), never a page a figure was quoted from.</param>
    public static JsonObject? Occupation(WageFigures? pay, JsonObject location, string? sameAs)
    {
        if (pay?.AnnualMedian is not { } median)
        {
            return null;
        }

        var salary = new JsonObject
        {
            ["@type"] = "MonetaryAmountDistribution",
            ["name"] = "base",
            ["currency"] = "USD",
            ["duration"] = "P1Y",
            ["median"] = median,
        };
        foreach (var (name, value) in new[] { ("percentile10", pay.AnnualP10), ("percentile25", pay.AnnualP25), ("percentile75", pay.AnnualP75), ("percentile90", pay.AnnualP90) })
        {
            if (value is { } v)
            {
                salary[name] = v;
            }
        }

        var occupation = new JsonObject
        {
            ["@context"] = Context,
            ["@type"] = "Occupation",
            ["name"] = "Medical assistant",
            ["occupationalCategory"] = WellKnown.OccupationSoc,
            ["occupationLocation"] = location,
            ["estimatedSalary"] = salary,
        };
        if (sameAs is { Length: > 0 })
        {
            occupation["sameAs"] = sameAs;
        }

        return occupation;
    }

    /// <summary>The United States, for national figures.</summary>
    public static JsonObject Country() => new() { ["@type"] = "Country", ["name"] = "United States" };

    /// <summary>A state (a <c>State</c>) or another area such as the District of Columbia (an <c>AdministrativeArea</c>).</summary>
    public static JsonObject Area(string name, bool isState) => new()
    {
        ["@type"] = isState ? "State" : "AdministrativeArea",
        ["name"] = name,
        ["containedInPlace"] = Country(),
    };

    private static JsonObject With(this JsonObject node, string key, JsonNode value)
    {
        node[key] = value;
        return node;
    }
}
