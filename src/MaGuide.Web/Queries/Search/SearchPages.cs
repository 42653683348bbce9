using System.Net;
using System.Text.RegularExpressions;
using MaGuide.Web.Content;
using MaGuide.Web.Data;
using MaGuide.Web.Data.Vocabulary;

namespace MaGuide.Web.Queries;

/// <summary>
/// One page a reader can land on, as search sees it. <see cref="Keys"/> are the words that name the page (a state's
/// name, a task's key); <see cref="Summary"/> is the plain description shown when no passage of the body matches.
/// <see cref="Boost"/> multiplies the page's relevance (1 for most pages; less for pages that are rarely the answer).
/// </summary>
public sealed record SearchPage(string Url, string Kind, string Title, string Summary, string Body)
{
    public string Keys { get; init; } = "";

    public string Headings { get; init; } = "";

    public double Boost { get; init; } = 1.0;
}

/// <summary>
/// Every page search indexes. To index a new kind of page, add one method returning its <see cref="SearchPage"/>s
/// and list it in <see cref="Kinds"/>; nothing else changes.
/// </summary>
public static partial class SearchPages
{
    private static readonly Func<GuideCatalog, MaGuideDb, IEnumerable<SearchPage>>[] Kinds =
        [Guides, States, Tasks, Roles, Pay, Training, Credentials, SiteSections, SourceEntries];

    /// <summary>All pages, in a stable order (guides first).</summary>
    public static IReadOnlyList<SearchPage> All(GuideCatalog catalog, MaGuideDb db) => [.. Kinds.SelectMany(kind => kind(catalog, db))];

    private static IEnumerable<SearchPage> Guides(GuideCatalog catalog, MaGuideDb db) =>
        catalog.Guides.Select(g => new SearchPage(SiteLinks.Guide(g.Slug), "Guide", g.Title, g.Description, g.Description + " " + PlainText(g.Html))
        {
            Keys = g.Slug.Replace('-', ' '),
            Headings = string.Join(". ", g.Headings.Select(h => h.Text)),
        });

    private static IEnumerable<SearchPage> States(GuideCatalog catalog, MaGuideDb db)
    {
        var tasks = db.ScopeTasks.ToDictionary(t => t.Key, t => t.Name, StringComparer.Ordinal);
        var rules = db.ScopeRules.Where(r => r.Preferred).ToList().ToLookup(r => r.StateCode, StringComparer.Ordinal);
        foreach (var area in db.Areas.Where(a => a.IsState).OrderBy(a => a.Name).ToList())
        {
            var summary = $"What medical assistants may do in {PlaceNames.InSentence(area.Name)}, the law or board page behind each rule, and pay there against the nation.";
            var body = Sentences(rules[area.Code].SelectMany(r => new[] { $"{tasks.GetValueOrDefault(r.TaskKey)}: {r.Summary}", r.Conditions, r.Credential, r.Citation }));
            yield return new SearchPage(SiteLinks.State(area.Code), "State", $"Medical assistants in {PlaceNames.InSentence(area.Name)}", summary,
                Sentences([summary, area.BoardName, body]))
            {
                // The code stays out of the text: "ma" is the occupation, and "in"/"or" are words; the query side names states.
                Keys = area.Name,
                Headings = string.Join(". ", rules[area.Code].Select(r => tasks.GetValueOrDefault(r.TaskKey))),
            };
        }
    }

    private static IEnumerable<SearchPage> Tasks(GuideCatalog catalog, MaGuideDb db) =>
        db.ScopeTasks.OrderBy(t => t.Order).ToList().Select(t => new SearchPage(SiteLinks.ScopeTask(t.Key), "Task", $"{t.Name}, state by state", t.Description,
            $"{t.Description} Which states let medical assistants do it, with conditions, and the law behind each rule.")
        { Keys = $"{t.Key.Replace('-', ' ')} {t.Name}" });

    private static IEnumerable<SearchPage> Roles(GuideCatalog catalog, MaGuideDb db)
    {
        var facts = db.RoleFacts.ToList().ToLookup(f => f.RoleSlug, StringComparer.Ordinal);
        return db.Roles.Where(r => r.Slug != WellKnown.Occupation).OrderBy(r => r.Name).ToList().Select(r => new SearchPage(
            SiteLinks.Compare(r.Slug), "Comparison", $"Medical assistant vs {r.ShortName}", r.Summary,
            Sentences(facts[r.Slug].Select(f => f.Value).Prepend(r.Summary)))
        { Keys = $"{r.Name} {r.ShortName}", Boost = 0.9 });
    }

    private static IEnumerable<SearchPage> SiteSections(GuideCatalog catalog, MaGuideDb db) =>
    [
        new(SiteLinks.StatesIndex, "Page", "Medical assistant rules and pay by state",
            "Pick a state to see what medical assistants may do there, the law or board page behind each rule, how sure we are, and local pay.",
            "Every state and DC: scope rules, credential rules, medical board, pay.") { Keys = "states state by state map", Boost = 0.8 },
        new(SiteLinks.ScopeOverview, "Page", "What medical assistants may do, state by state",
            "One grid of tasks and states: injections, medications, IVs, blood draws, X-rays and more, with what each state's law says and how sure we are.",
            "Scope of practice grid: tasks by state, allowed, allowed with conditions, not allowed, not addressed.") { Keys = "scope grid tasks", Boost = 0.8 },
        new(SiteLinks.CompareIndex, "Page", "Medical assistant compared with nearby jobs",
            "Medical assistant beside nursing assistant, phlebotomist, LPN, RN, physician assistant and others: education, training, license, pay and outlook, each sourced.",
            "Compare roles: education, training length, licensing, pay, job outlook.") { Keys = "compare comparison roles", Boost = 0.8 },
        new(SiteLinks.Data, "Page", "Open data",
            "Download every table behind MaGuide as CSV or JSON: pay, projections, state scope rules, role facts and their sources.",
            "Open data downloads, CSV, JSON, tables.") { Keys = "data download csv json", Boost = 0.6 },
        new(SiteLinks.DataQuality, "Page", "Data quality: what rests on what",
            "How much of MaGuide's data comes from primary sources, which periods it covers, where sources conflict, and what we could not verify.",
            "Data quality, provenance, coverage, primary and secondary sources, conflicts, gaps.") { Keys = "data quality provenance", Boost = 0.6 },
    ];

    private static IEnumerable<SearchPage> SourceEntries(GuideCatalog catalog, MaGuideDb db)
    {
        var sources = db.Sources.OrderBy(s => s.Title).ToList();
        yield return new SearchPage(SiteLinks.Sources, "Sources", "Sources",
            "Every source MaGuide relies on, with its publisher, period, kind and link, and what on the site rests on it.",
            Sentences(sources.Select(s => $"{s.Title}, {s.Publisher} {s.Period}")))
        { Keys = "sources", Boost = 0.3 };
    }

    /// <summary>Non-empty parts as sentences: trimmed, each ending in punctuation, joined by one space.</summary>
    public static string Sentences(IEnumerable<string?> parts) =>
        string.Join(' ', parts.Select(p => SpacePattern().Replace(p ?? "", " ").Trim()).Where(p => p.Length > 0)
            .Select(p => char.IsPunctuation(p[^1]) ? p : p + "."));

    /// <summary>The text of rendered HTML: block tags become spaces, inline tags vanish (so "(<abbr>CNA</abbr>)"
    /// stays "(CNA)"), footnote markers are dropped, entities decoded and whitespace collapsed.</summary>
    public static string PlainText(string html)
    {
        var text = FootnotePattern().Replace(html, "");
        text = BlockTagPattern().Replace(text, " ");
        text = TagPattern().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        return SpacePattern().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"<sup\b[^>]*>.*?</sup>", RegexOptions.Singleline)]
    private static partial Regex FootnotePattern();

    [GeneratedRegex(@"</?(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|table|thead|tbody|tfoot|tr|td|th|caption|blockquote|pre|br|hr|section|figure|figcaption|details|summary|nav|aside)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTagPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"[\s\u0000-\u001f]+")]
    private static partial Regex SpacePattern();
}
