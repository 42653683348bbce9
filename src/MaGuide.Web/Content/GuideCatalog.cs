using System.Collections.Frozen;
using MaGuide.Web.Data;

namespace MaGuide.Web.Content;

/// <summary>
/// All guides and sources, parsed once; immutable, so a reload swaps in a whole new catalog. Drafts are held apart:
/// <see cref="Guides"/>, <see cref="Find"/> and everything built on them (hub, sitemap, feeds, search, export) see only
/// published guides; a draft is reached only through <see cref="FindDraft"/>.
/// </summary>
public sealed class GuideCatalog
{
    public const string HubSlug = "what-is-a-medical-assistant";

    private readonly FrozenDictionary<string, Guide> bySlug;
    private readonly FrozenDictionary<string, Guide> drafts;
    private readonly FrozenDictionary<string, Guide> redirects;

    public GuideCatalog(IEnumerable<Guide> guides, IReadOnlyDictionary<string, Source> sources, Changelog? changes = null)
    {
        var all = guides.ToList();
        bySlug = all.Where(g => !g.Draft).ToFrozenDictionary(g => g.Slug, StringComparer.Ordinal);
        drafts = all.Where(g => g.Draft).ToFrozenDictionary(g => g.Slug, StringComparer.Ordinal);
        Sources = sources.ToFrozenDictionary(StringComparer.Ordinal);
        Guides = Ordered(bySlug.Values);
        Drafts = Ordered(drafts.Values);

        // Only a published guide's old addresses redirect; check fails a clash, so the first one found is the only one.
        redirects = bySlug.Values.SelectMany(g => g.RedirectFrom.Select(old => (old, g)))
            .Where(r => !bySlug.ContainsKey(r.old))
            .DistinctBy(r => r.old, StringComparer.Ordinal)
            .ToFrozenDictionary(r => r.old, r => r.g, StringComparer.Ordinal);
        Changes = changes ?? Changelog.Empty;
        BuiltAtUtc = DateTime.UtcNow;
    }

    public static GuideCatalog Empty { get; } = new([], new Dictionary<string, Source>());

    /// <summary>Every published guide, in reading order: by section, then order, then title.</summary>
    public IReadOnlyList<Guide> Guides { get; }

    /// <summary>Guides marked <c>draft: true</c>, in reading order.</summary>
    public IReadOnlyList<Guide> Drafts { get; }

    /// <summary>Published guides and drafts: what a reload carries over.</summary>
    public IEnumerable<Guide> GuidesAndDrafts => Guides.Concat(Drafts);

    public FrozenDictionary<string, Source> Sources { get; }

    /// <summary>The public list of corrections and updates (content/changelog.yaml).</summary>
    public Changelog Changes { get; }

    public DateTime BuiltAtUtc { get; }

    public Guide? Hub => Find(HubSlug);

    /// <summary>The published guide with this slug, or null (drafts are not found here).</summary>
    public Guide? Find(string? slug) => slug is not null && bySlug.TryGetValue(slug, out var guide) ? guide : null;

    /// <summary>The draft with this slug, or null. Only Development shows drafts.</summary>
    public Guide? FindDraft(string? slug) => slug is not null && drafts.TryGetValue(slug, out var guide) ? guide : null;

    /// <summary>The published guide an old slug (<c>redirect_from</c>) now lives at, or null.</summary>
    public Guide? RedirectFor(string? oldSlug) => oldSlug is not null && redirects.TryGetValue(oldSlug, out var guide) ? guide : null;

    public IReadOnlyList<Guide> InSection(Section section) => [.. Guides.Where(g => g.Section == section)];

    public IReadOnlyList<Source> SourcesOf(Guide guide) =>
        [.. guide.SourceIds.Select(id => Sources.GetValueOrDefault(id)).OfType<Source>()];

    public IReadOnlyList<Guide> RelatedTo(Guide guide) =>
        [.. guide.RelatedSlugs.Select(Find).OfType<Guide>()];

    private static List<Guide> Ordered(IEnumerable<Guide> guides) =>
        [.. guides.OrderBy(g => Section.All.ToList().IndexOf(g.Section)).ThenBy(g => g.Order).ThenBy(g => g.Title, StringComparer.Ordinal)];
}
