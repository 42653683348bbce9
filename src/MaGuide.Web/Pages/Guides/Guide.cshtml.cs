using MaGuide.Web.Content;
using MaGuide.Web.Data;
using MaGuide.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaGuide.Web.Pages.Guides;

public sealed class GuideModel(GuideCatalog catalog, IConfiguration configuration, IWebHostEnvironment environment, StaticCopy copy) : PageModel, IHasPageMeta
{
    /// <summary>Where an editor changes this guide: Site:EditBaseUrl (e.g. a repository's edit URL) plus the file path.</summary>
    public string? EditUrl => configuration["Site:EditBaseUrl"] is { Length: > 0 } edit ? $"{edit.TrimEnd('/')}/{Guide.SourcePath}" : null;

    public Guide Guide { get; private set; } = default!;

    public IReadOnlyList<Source> Sources { get; private set; } = [];

    public IReadOnlyList<Guide> Related { get; private set; } = [];

    public PageMeta Meta { get; private set; } = default!;

    /// <summary>The contents list: each h2 with the h3s under it.</summary>
    public IReadOnlyList<(GuideHeading Heading, IReadOnlyList<GuideHeading> Subheadings)> Contents { get; private set; } = [];

    /// <summary>True when the guide's review is more than a year old: the page says so to readers.</summary>
    public bool ReviewIsStale => Guide.ReviewIsStale(DateOnly.FromDateTime(DateTime.UtcNow));

    public IActionResult OnGet(string slug)
    {
        if (catalog.Find(slug) is not { } guide)
        {
            if (catalog.RedirectFor(slug) is { } moved)
            {
                return RedirectPermanent(SiteLinks.Guide(moved.Slug));
            }

            // A draft is an editor's preview: Development only, and never in a static export (whatever the environment).
            if (!environment.IsDevelopment() || copy.IsExport || catalog.FindDraft(slug) is not { } draft)
            {
                return NotFound();
            }

            guide = draft;
        }

        if (guide.IsHub)
        {
            return RedirectPermanent(SiteLinks.Home);
        }

        Guide = guide;
        Sources = catalog.SourcesOf(guide);
        Related = catalog.RelatedTo(guide);
        Meta = GuideMeta.For(guide, catalog, SiteLinks.Origin(HttpContext)) with { NoIndex = guide.Draft };
        Contents = NestHeadings(guide.Headings);
        return Page();
    }

    private static List<(GuideHeading, IReadOnlyList<GuideHeading>)> NestHeadings(IReadOnlyList<GuideHeading> headings)
    {
        var result = new List<(GuideHeading, IReadOnlyList<GuideHeading>)>();
        foreach (var heading in headings)
        {
            if (heading.Level == 2 || result.Count == 0)
            {
                result.Add((heading, new List<GuideHeading>()));
            }
            else
            {
                ((List<GuideHeading>)result[^1].Item2).Add(heading);
            }
        }

        return result;
    }
}
