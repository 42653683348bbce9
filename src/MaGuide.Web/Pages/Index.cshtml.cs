using MaGuide.Web.Content;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaGuide.Web.Pages;

public sealed class IndexModel(GuideCatalog catalog) : PageModel, IHasPageMeta
{
    public GuideCatalog Catalog => catalog;

    /// <summary>The hub guide; null only if its file is broken, when the home page still lists every section.</summary>
    public Guide? Hub => catalog.Hub;

    public PageMeta Meta => Hub is { } hub
        ? GuideMeta.For(hub, catalog)
        : new PageMeta { Title = "MaGuide", Description = "A plain-language guide to becoming a medical assistant in the United States.", Path = "/" };
}
