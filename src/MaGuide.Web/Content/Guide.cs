namespace MaGuide.Web.Content;

/// <summary>A heading shown in a guide's contents list.</summary>
public sealed record GuideHeading(int Level, string Id, string Text);

/// <summary>A link written in a guide, kept so that <c>check</c> can resolve it against the whole catalog.</summary>
public sealed record GuideLink(string Url, int Line);

/// <summary>One rendered guide: everything a page needs, computed once at start-up.</summary>
public sealed record Guide
{
    public required string Slug { get; init; }
    public required string SourcePath { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required Section Section { get; init; }
    public required int Order { get; init; }
    public required DateOnly Reviewed { get; init; }
    public required IReadOnlyList<string> SourceIds { get; init; }
    public required IReadOnlyList<string> RelatedSlugs { get; init; }
    public required string Html { get; init; }
    public required IReadOnlyList<GuideHeading> Headings { get; init; }
    public required IReadOnlyList<GuideLink> Links { get; init; }

    /// <summary>Footnotes for the figures filled in from data tokens, numbered as they appear.</summary>
    public required IReadOnlyList<FigureNote> Figures { get; init; }
    public required int WordCount { get; init; }

    /// <summary>Flesch-Kincaid grade of the prose; null for a guide with no prose.</summary>
    public double? ReadingGrade { get; init; }

    /// <summary>True for <c>draft: true</c>: served only in Development, with a banner; never in the sitemap, feed, search, hub or an export.</summary>
    public bool Draft { get; init; }

    /// <summary>Former slugs that answer 301 to this guide (<c>redirect_from</c>).</summary>
    public IReadOnlyList<string> RedirectFrom { get; init; } = [];

    /// <summary>
    /// Day of the last git commit that touched the file (UTC), when the site runs from a full git checkout;
    /// null in a shallow clone, without git, or for a file not yet committed (see <see cref="GuideHistory"/>).
    /// </summary>
    public DateOnly? LastUpdated { get; init; }

    /// <summary>
    /// The date machines are told the guide last changed (structured data's <c>dateModified</c>, the sitemap's
    /// <c>lastmod</c>, the feed's <c>updated</c>): <see cref="LastUpdated"/> when it is later than
    /// <see cref="Reviewed"/>, else <see cref="Reviewed"/>, so it is never older than a date the page shows.
    /// </summary>
    public DateOnly Modified => LastUpdated is { } updated && updated > Reviewed ? updated : Reviewed;

    /// <summary>File line of each front matter key, for messages about it.</summary>
    public required IReadOnlyDictionary<string, int> FrontMatterLines { get; init; }

    /// <summary>Reading time at 200 words a minute, at least one minute.</summary>
    public int ReadingMinutes => Math.Max(1, (int)Math.Round(WordCount / 200.0));

    public bool IsHub => Slug == GuideCatalog.HubSlug;

    /// <summary>How old a review may be before <c>check</c> warns and the page tells readers.</summary>
    public const int FreshForMonths = 12;

    /// <summary>True when <see cref="Reviewed"/> is more than <see cref="FreshForMonths"/> months before <paramref name="today"/>.</summary>
    public bool ReviewIsStale(DateOnly today) => Reviewed < today.AddMonths(-FreshForMonths);
}
