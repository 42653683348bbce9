using MaGuide.Web.Content;
using MaGuide.Web.Infrastructure;

namespace MaGuide.Web.Pages;

/// <summary>Head tags, breadcrumbs and schema.org data for a guide page.</summary>
public static class GuideMeta
{
    public static PageMeta For(Guide guide, GuideCatalog catalog)
    {
        var path = SiteLinks.Guide(guide.Slug);
        IReadOnlyList<Crumb> crumbs = guide.IsHub
            ? []
            : [new("Home", SiteLinks.Home), new(guide.Section.Name, SiteLinks.Section(guide.Section)), new(guide.Title, null)];
        var article = new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Article",
            ["headline"] = guide.Title,
            ["description"] = guide.Description,
            ["dateModified"] = Formats.IsoDate(guide.Reviewed),
            ["wordCount"] = guide.WordCount,
            ["inLanguage"] = "en-US",
            ["publisher"] = new Dictionary<string, object> { ["@type"] = "Organization", ["name"] = "MaGuide" },
            ["citation"] = catalog.SourcesOf(guide).Select(s => s.Url).ToArray(),
        };
        var data = new List<object> { article };
        if (crumbs.Count > 0)
        {
            data.Add(new Dictionary<string, object>
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "BreadcrumbList",
                ["itemListElement"] = crumbs.Select((c, i) => new Dictionary<string, object>
                {
                    ["@type"] = "ListItem",
                    ["position"] = i + 1,
                    ["name"] = c.Text,
                    ["item"] = c.Href ?? path,
                }).ToArray(),
            });
        }

        return new PageMeta
        {
            Title = guide.IsHub ? "MaGuide" : guide.Title,
            Description = guide.Description,
            Path = path,
            OpenGraphType = "article",
            Breadcrumbs = crumbs,
            StructuredData = data,
        };
    }
}
