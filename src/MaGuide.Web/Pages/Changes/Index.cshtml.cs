using MaGuide.Web.Content;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaGuide.Web.Pages.Changes;

/// <summary>/changes: the public changelog (content/changelog.yaml), newest first, grouped by month.</summary>
public sealed class IndexModel(GuideCatalog catalog) : PageModel, IHasPageMeta
{
    public IReadOnlyList<ChangeEntry> Entries => catalog.Changes.Entries;

    /// <summary>What a link in an entry is called on the page: a guide's title, else its address.</summary>
    public string LabelOf(string url) =>
        url == SiteLinks.Home ? "Home page"
        : SiteLinks.GuideSlugOf(url) is { } slug && catalog.Find(slug) is { } guide ? guide.Title
        : url;

    public PageMeta Meta { get; } = new()
    {
        Title = "What changed",
        Description = "Corrections and updates to MaGuide's guides and data, newest first, with the date each reached the site.",
        Path = SiteLinks.Changes,
        Breadcrumbs = [Crumb.Home, new("What changed", null)],
    };
}
