using MaGuide.Web.Content;

namespace MaGuide.Web.Pages;

/// <summary>Head tags, breadcrumbs and schema.org data for a guide page.</summary>
public static class GuideMeta
{
    /// <summary>The guide whose questions are also published as a <c>FAQPage</c>.</summary>
    public const string FaqSlug = "faq";

    /// <param name="guide">The guide shown.</param>
    /// <param name="catalog">For the guide's sources (the Article's citations).</param>
    /// <param name="origin">The site's public origin (<see cref="SiteLinks.Origin"/>), for absolute URLs.</param>
    public static PageMeta For(Guide guide, GuideCatalog catalog, string origin)
    {
        IReadOnlyList<Crumb> crumbs = guide.IsHub
            ? []
            : [Crumb.Home, new(guide.Section.Name, SiteLinks.Section(guide.Section)), new(guide.Title, null)];
        var data = new List<object> { SchemaOrg.Article(guide, catalog.SourcesOf(guide).Select(s => s.Url), origin) };
        if (guide.Slug == FaqSlug && SchemaOrg.Faq(guide) is { } faq)
        {
            data.Add(faq);
        }

        return new PageMeta
        {
            Title = guide.IsHub ? "MaGuide" : guide.Title,
            Description = guide.Description,
            Path = SiteLinks.Guide(guide.Slug),
            OpenGraphType = "article",
            Breadcrumbs = crumbs,
            StructuredData = data,
        };
    }
}
