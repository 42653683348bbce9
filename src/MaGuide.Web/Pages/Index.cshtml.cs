using MaGuide.Web.Content;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaGuide.Web.Pages;

public sealed class IndexModel(GuideCatalog catalog) : PageModel, IHasPageMeta
{
    public GuideCatalog Catalog => catalog;

    /// <summary>The hub guide; null only if its file is broken, when the home page still lists every section.</summary>
    public Guide? Hub => catalog.Hub;

    /// <summary>
    /// The hub guide's HTML split just after its "At a glance" heading (<c>id="at-a-glance"</c>), so the pay and
    /// training facts open that section, within the first phone screen. Without such a heading the facts come first.
    /// </summary>
    public (string Before, string After) HubHtmlAroundFacts()
    {
        var html = Hub?.Html ?? "";
        var heading = html.IndexOf("id=\"at-a-glance\"", StringComparison.Ordinal);
        var end = heading < 0 ? -1 : html.IndexOf("</h2>", heading, StringComparison.Ordinal);
        return end < 0 ? ("", html) : (html[..(end + "</h2>".Length)], html[(end + "</h2>".Length)..]);
    }

    public PageMeta Meta => Hub is { } hub
        ? GuideMeta.For(hub, catalog, SiteLinks.Origin(HttpContext))
        : new PageMeta { Title = "MaGuide", Description = "A plain-language guide to becoming a medical assistant in the United States.", Path = SiteLinks.Home };
}
