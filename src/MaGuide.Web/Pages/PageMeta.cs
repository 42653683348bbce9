using MaGuide.Web.Content;
namespace MaGuide.Web.Pages;

/// <summary>A step in the breadcrumb trail; the last one is the current page and has no link.</summary>
public sealed record Crumb(string Text, string? Href)
{
    /// <summary>The first step of every trail: the home page.</summary>
    public static Crumb Home { get; } = new("Home", SiteLinks.Home);
}

/// <summary>What the layout puts in &lt;head&gt; and the breadcrumb trail.</summary>
public sealed record PageMeta
{
    /// <summary>Longest full <c>&lt;title&gt;</c> (with " | MaGuide"), so search results show it whole.</summary>
    public const int MaxTitleLength = 65;

    /// <summary>Longest meta description, so search results show it whole.</summary>
    public const int MaxDescriptionLength = 160;

    /// <summary>The <c>&lt;title&gt;</c> for a page title: "Title | MaGuide", or the site's own for the home page.</summary>
    public static string FullTitle(string title) => title == "MaGuide" ? "MaGuide: becoming a medical assistant" : $"{title} | MaGuide";

    /// <summary>
    /// For titles built from data (a state's, a task's, a credential's name): the first candidate whose full title fits
    /// <see cref="MaxTitleLength"/>, else the last (the sitemap test then fails and names the page).
    /// </summary>
    public static string FittingTitle(params string[] candidates) =>
        candidates.FirstOrDefault(c => FullTitle(c).Length <= MaxTitleLength) ?? candidates[^1];

    /// <summary>The first candidate description within <see cref="MaxDescriptionLength"/>, else the last.</summary>
    public static string FittingDescription(params string[] candidates) =>
        candidates.FirstOrDefault(c => c.Length <= MaxDescriptionLength) ?? candidates[^1];

    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Path { get; init; }
    public string OpenGraphType { get; init; } = "website";
    public IReadOnlyList<Crumb> Breadcrumbs { get; init; } = [];

    /// <summary>False for pages search engines should not index (error pages): no canonical link, and <c>noindex</c>.</summary>
    public bool Indexable { get; init; } = true;

    /// <summary>True for a page that keeps its canonical link but must not be indexed (a draft guide shown in Development).</summary>
    public bool NoIndex { get; init; }

    /// <summary>
    /// Structured data (schema.org) objects, serialised as JSON-LD with System.Text.Json (see <see cref="SchemaOrg"/>).
    /// The layout adds the <c>BreadcrumbList</c> of <see cref="Breadcrumbs"/> itself.
    /// </summary>
    public IReadOnlyList<object> StructuredData { get; init; } = [];
}

/// <summary>Implemented by page models so the layout can read their <see cref="PageMeta"/> without ViewData bags.</summary>
public interface IHasPageMeta
{
    PageMeta Meta { get; }
}
