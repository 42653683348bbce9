using System.Collections.Frozen;
using MaGuide.Web.Data;

namespace MaGuide.Web.Content;

/// <summary>All guides and sources, parsed once; immutable, so a reload swaps in a whole new catalog.</summary>
public sealed class GuideCatalog
{
    public const string HubSlug = "what-is-a-medical-assistant";

    private readonly FrozenDictionary<string, Guide> bySlug;

    public GuideCatalog(IEnumerable<Guide> guides, IReadOnlyDictionary<string, Source> sources)
    {
        bySlug = guides.ToFrozenDictionary(g => g.Slug, StringComparer.Ordinal);
        Sources = sources.ToFrozenDictionary(StringComparer.Ordinal);
        Guides = [.. bySlug.Values.OrderBy(g => Section.All.ToList().IndexOf(g.Section)).ThenBy(g => g.Order).ThenBy(g => g.Title, StringComparer.Ordinal)];
        BuiltAtUtc = DateTime.UtcNow;
    }

    public static GuideCatalog Empty { get; } = new([], new Dictionary<string, Source>());

    /// <summary>Every guide, in reading order: by section, then order, then title.</summary>
    public IReadOnlyList<Guide> Guides { get; }

    public FrozenDictionary<string, Source> Sources { get; }

    public DateTime BuiltAtUtc { get; }

    public Guide? Hub => Find(HubSlug);

    public Guide? Find(string? slug) => slug is not null && bySlug.TryGetValue(slug, out var guide) ? guide : null;

    public IReadOnlyList<Guide> InSection(Section section) => [.. Guides.Where(g => g.Section == section)];

    public IReadOnlyList<Source> SourcesOf(Guide guide) =>
        [.. guide.SourceIds.Select(id => Sources.GetValueOrDefault(id)).OfType<Source>()];

    public IReadOnlyList<Guide> RelatedTo(Guide guide) =>
        [.. guide.RelatedSlugs.Select(Find).OfType<Guide>()];
}
