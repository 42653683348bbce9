namespace MaGuide.Web.Content;

/// <summary>
/// The one place that builds the site's URLs, and knows which site-relative paths exist
/// (so <c>check</c> can fail a link to a page that is not there).
/// </summary>
public static class SiteLinks
{
    public static string Home => "/";

    public static string Guide(string slug) => slug == GuideCatalog.HubSlug ? "/" : $"/guides/{slug}";

    public static string Section(Section section) => $"/#{section.Anchor}";

    /// <summary>Fixed pages outside the guide catalog that guides may link to.</summary>
    public static IReadOnlySet<string> FixedPages { get; } = new HashSet<string>(StringComparer.Ordinal) { "/", "/healthz" };
}
