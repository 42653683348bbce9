using System.Collections.Concurrent;
using System.Collections.Frozen;
using MaGuide.Web.Content;
using Microsoft.Data.Sqlite;

namespace MaGuide.Web.Queries;

/// <summary>
/// The search index: an in-memory SQLite database with an FTS5 table of every <see cref="SearchPage"/> (porter
/// stemming; BM25 with title, keys, headings and body weighted 10 : 8 : 4 : 1, times the page's boost) and an FTS5
/// trigram table of every word on the site, for spelling suggestions; passages under results come from
/// <see cref="SearchSnippets"/>. Built once per guide catalog, then read-only:
/// each concurrent search gets its own private copy of the database (sqlite3_deserialize), so searches never wait on
/// a lock.
/// </summary>
public sealed partial class SearchIndex : IDisposable
{
    public const int MaxQueryLength = 100;

    /// <summary>How many BM25 candidates per shown hit are re-ranked by title.</summary>
    private const int CandidateFactor = 3;

    private readonly SqliteConnection master;
    private readonly Lock masterGate = new();
    private readonly ConcurrentBag<SearchReader> readers = [];
    private readonly FrozenDictionary<string, int> vocabulary;
    private readonly string[] sortedWords;
    private readonly FrozenDictionary<string, SearchPage> pagesByUrl;
    private readonly QueryAnalyzer analyzer;
    private readonly FrozenDictionary<string, string[]> titles;
    private readonly FrozenDictionary<string, FrozenSet<string>> titleWords;
    private readonly FrozenDictionary<string, int> titleCounts;
    private readonly SearchSnippets snippets;
    private readonly IReadOnlyList<SearchPage> rows;
    private readonly FrozenDictionary<string, string> stateNames;
    private readonly ConcurrentDictionary<string, bool> common = new(StringComparer.Ordinal);

    private SearchIndex(SqliteConnection master, FrozenDictionary<string, int> vocabulary, IReadOnlyList<SearchPage> pages, QueryAnalyzer analyzer, SearchSnippets snippets, IEnumerable<SearchState> states)
    {
        stateNames = states.ToFrozenDictionary(s => s.Code.ToLowerInvariant(), s => s.Name, StringComparer.Ordinal);
        this.master = master;
        this.snippets = snippets;
        rows = pages;
        this.vocabulary = vocabulary;
        sortedWords = [.. vocabulary.Keys.Order(StringComparer.Ordinal)];
        pagesByUrl = pages.DistinctBy(p => p.Url, StringComparer.Ordinal).ToFrozenDictionary(p => p.Url, StringComparer.Ordinal);
        this.analyzer = analyzer;
        titles = pages.GroupBy(p => analyzer.Key(p.Title), StringComparer.Ordinal).Where(g => g.Key.Length > 0)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Url).ToArray(), StringComparer.Ordinal);
        titleWords = pagesByUrl.ToFrozenDictionary(p => p.Key, p => SearchText.Words(p.Value.Title).Select(Singular).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        titleCounts = titleWords.Values.SelectMany(w => w).CountBy(w => w, StringComparer.Ordinal).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>How many pages are indexed, and how many distinct words the spelling table holds.</summary>
    public (int Pages, int Words) Size => (pagesByUrl.Count, vocabulary.Count);

    /// <summary>
    /// Searches for <paramref name="query"/> (see <see cref="SearchResults"/>). A page whose title asks the same thing
    /// comes first, then pages the query names (a state, a task...); then pages matching every concept; when those are fewer than <paramref name="thin"/>,
    /// pages matching any concept follow, ranked by BM25. With <paramref name="anyWord"/> (the 404 page's
    /// suggestions) only the any-concept ranking is used.
    /// </summary>
    public SearchResults Search(string query, int limit = 20, bool anyWord = false, int thin = 20)
    {
        if (!readers.TryTake(out var reader))
        {
            reader = new SearchReader(Copy());
        }

        try
        {
            var analyzed = analyzer.Analyze(query, vocabulary.ContainsKey, HasPrefix, reader.Correct);
            // A state page is the answer when the query names a state; otherwise it comes after the other kinds of page.
            var stateWeight = analyzed.NamedPages.Any(p => p.StartsWith(SiteLinks.StatesIndex + "/", StringComparison.Ordinal)) ? 1.0 : 0.5;
            var hits = new List<SearchHit>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            void Add(IEnumerable<SearchHit> more)
            {
                foreach (var hit in more)
                {
                    if (hits.Count < limit && seen.Add(hit.Url))
                    {
                        hits.Add(hit);
                    }
                }
            }

            // More candidates than are shown, so a page whose title names the query's words is not lost below the
            // BM25 cut-off (a long body, such as the list of states on /salary/states, lowers its BM25 score).
            var candidates = limit * CandidateFactor;
            var found = new List<SearchHit>();
            var matching = Distinctive(reader, analyzed.Concepts);
            if (matching.Count > 0)
            {
                if (!anyWord)
                {
                    found.AddRange(Ranked(reader, ToMatchExpression(matching, " AND "), candidates, stateWeight));
                }

                // With one concept the any-concept expression is the all-concepts one: the same pages, already found.
                if ((found.Count < thin && matching.Count > 1) || anyWord)
                {
                    found.AddRange(Ranked(reader, ToMatchExpression(matching, " OR "), candidates, stateWeight));
                }
            }

            found = ByTitle(found.DistinctBy(h => h.Url, StringComparer.Ordinal), analyzed.Concepts);
            if (stateWeight < 1)
            {
                // The sources list mentions nearly everything; it is the answer only when asked for by name.
                found = [.. found.OrderBy(h => h.Kind is "State" or "Sources")];
            }
            var byUrl = found.DistinctBy(h => h.Url, StringComparer.Ordinal).ToDictionary(h => h.Url, StringComparer.Ordinal);
            var sameTitle = titles.GetValueOrDefault(analyzed.Key) ?? [];
            Add(sameTitle.Concat(analyzed.NamedPages).Take(limit).Select(url => byUrl.GetValueOrDefault(url) ?? Describe(url)).OfType<SearchHit>());
            Add(found);
            var words = snippets.Prepare(analyzed.Concepts);
            return new SearchResults([.. hits.Select(h => h.Snippet.Length > 0 ? h : h with { Snippet = snippets.For(h.Url, words) ?? Describe(h.Url)?.Snippet ?? "" })], analyzed.Correction);
        }
        finally
        {
            readers.Add(reader);
        }
    }

    /// <summary>
    /// The concepts the FTS5 expressions match: all of them, less those that at least half the pages match (on this
    /// site "medical assistant" is on nearly every page). BM25 gives a phrase on half the pages or more no weight
    /// (FTS5 sets its IDF to 1e-6), yet matching it costs the most, as its position lists cover nearly the whole
    /// index; and as a condition it excludes almost nothing. When every concept is that common, all are kept. Each
    /// concept's page count is counted once, then remembered: concepts are built from the site's own words, synonyms
    /// and prefixes of site words, so there are boundedly many.
    /// </summary>
    private IReadOnlyList<SearchConcept> Distinctive(SearchReader reader, IReadOnlyList<SearchConcept> concepts)
    {
        if (concepts.Count < 2)
        {
            return concepts;
        }

        List<SearchConcept> kept = [.. concepts.Where(c => !common.GetOrAdd(ToMatchExpression([c], ""), static (expression, state) => state.Reader.Count(expression) * 2 >= state.Pages, (Reader: reader, Pages: rows.Count)))];
        return kept.Count > 0 ? kept : concepts;
    }

    /// <summary>The FTS5 expression for the concepts: each is a group of quoted phrases joined by OR; concepts are
    /// joined by <paramref name="join"/>. Only words (letters and digits) reach it, so FTS5 syntax typed by a reader
    /// is inert.</summary>
    public static string ToMatchExpression(IEnumerable<SearchConcept> concepts, string join) =>
        string.Join(join, concepts.Select(c => "(" + string.Join(" OR ", c.Phrases.Select(p => $"\"{p}\"" + (c.Prefix ? "*" : ""))) + ")"));

    public void Dispose()
    {
        while (readers.TryTake(out var reader))
        {
            reader.Dispose();
        }

        master.Dispose();
    }

    /// <summary>
    /// Hits whose titles name more of the query's distinctive concepts first (those in at most a third of all titles:
    /// "medical assistant" is in nearly every title and says nothing). A stable sort, so all-words matches stay ahead
    /// of any-word matches. Among equal titles, one with the reader's own word beats one with a synonym ("work in
    /// hospitals": "Where medical assistants work" before "Jobs and outlook"); BM25 order breaks the remaining ties.
    /// </summary>
    private List<SearchHit> ByTitle(IEnumerable<SearchHit> hits, IReadOnlyList<SearchConcept> concepts)
    {
        var distinctive = concepts.Where(c => c.Phrases.Max(p => p.Split(' ').Min(w => titleCounts.GetValueOrDefault(Singular(w)))) * 3 <= titleWords.Count).ToList();
        var typed = distinctive.Where(c => c.Typed is not null).Select(c => c.Typed!).ToList();
        static bool Names(FrozenSet<string>? title, string phrase) => title is not null && phrase.Split(' ').All(w => title.Contains(Singular(w)));
        return [.. hits
            .OrderByDescending(h => distinctive.Count(c => c.Phrases.Any(p => Names(titleWords.GetValueOrDefault(h.Url), p))))
            .ThenByDescending(h => typed.Count(p => Names(titleWords.GetValueOrDefault(h.Url), p)))];
    }

    /// <summary>The best <paramref name="limit"/> pages matching the expression: BM25 (title, keys, headings and body
    /// weighted 10 : 8 : 4 : 1) times the page's boost, state pages' times <paramref name="stateWeight"/>; ties in
    /// page order. Snippets are left empty for <see cref="SearchSnippets"/>.</summary>
    private List<SearchHit> Ranked(SearchReader reader, string expression, int limit, double stateWeight) =>
        [.. reader.Match(expression)
            .Select(m => (Page: rows[m.Row], Score: m.Score * rows[m.Row].Boost * (rows[m.Row].Kind == "State" ? stateWeight : 1.0), m.Row))
            .OrderBy(m => m.Score).ThenBy(m => m.Row)
            .Take(limit)
            .Select(m => new SearchHit(m.Page.Title, m.Page.Url, m.Page.Kind, ""))];

    private static string Singular(string word) => word.Length > 3 && word.EndsWith('s') ? word[..^1] : word;

    /// <summary>A hit for an indexed page, or for a two-state page (not indexed: there are 1,275 of them) from its
    /// states' names; null for any other address.</summary>
    private SearchHit? Describe(string url)
    {
        if (pagesByUrl.TryGetValue(url, out var page))
        {
            return new SearchHit(page.Title, page.Url, page.Kind, page.Summary);
        }

        return url.Split('/') is ["", "states", var a, "vs", var b] && stateNames.TryGetValue(a, out var first) && stateNames.TryGetValue(b, out var second)
            ? new SearchHit($"{first} vs {second}: medical assistant pay and rules", url, "State comparison",
                $"Pay, price-adjusted pay, the tasks medical assistants may do and the credentials each state asks for, side by side for {first} and {second}.")
            : null;
    }

    private bool HasPrefix(string prefix)
    {
        var at = Array.BinarySearch(sortedWords, prefix, StringComparer.Ordinal);
        var next = at >= 0 ? at + 1 : ~at;
        return next < sortedWords.Length && sortedWords[next].StartsWith(prefix, StringComparison.Ordinal);
    }

}

/// <summary>What a search found: hits best first, and the corrected query when typed words were corrected (the hits
/// are then for the corrected query; the page shows "Did you mean …").</summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, string? Correction)
{
    public static SearchResults None { get; } = new([], null);
}
