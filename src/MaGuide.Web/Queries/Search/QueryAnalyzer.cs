using System.Collections.Frozen;
using MaGuide.Web.Content;

namespace MaGuide.Web.Queries;

/// <summary>One thing the reader asked about: any of its phrases may match (a synonym group, a state, or one word).
/// <see cref="Typed"/> is the phrase as the reader wrote it (null when it is <see cref="Phrases"/>' only entry).</summary>
public sealed record SearchConcept(IReadOnlyList<string> Phrases, bool Prefix = false, string? Typed = null);

/// <summary>
/// A reader's query as search understands it: the concepts to match, the pages it names (states first, then the
/// pages of the synonym groups it uses), and the corrected query when a typed word was corrected.
/// </summary>
public sealed record AnalyzedQuery(IReadOnlyList<SearchConcept> Concepts, IReadOnlyList<string> NamedPages, string? Correction)
{
    /// <summary>The concepts in order, each by its first phrase: equal for two texts that ask the same thing
    /// ("what is an MA?" and the title "What is a medical assistant?").</summary>
    public string Key => string.Join('|', Concepts.Select(c => c.Phrases[0]));
}

/// <summary>A state as the query side knows it: its words and its page.</summary>
public sealed record SearchState(string Code, string Name, string Url);

/// <summary>
/// Turns typed text into an <see cref="AnalyzedQuery"/>: corrects words that appear nowhere on the site, recognises
/// state names and codes and the phrases of <see cref="SearchTerms"/>, and drops stop words.
/// </summary>
public sealed class QueryAnalyzer
{
    /// <summary>Words read from a query; the rest are ignored (the length limit already bounds the work).</summary>
    public const int MaxWords = 16;

    private const int MaxPhraseWords = 4;
    private static readonly FrozenSet<string> StateContextAfter = FrozenSet.ToFrozenSet(["state", "states", "board", "law", "laws"], StringComparer.Ordinal);

    private readonly FrozenSet<string> stopWords;
    private readonly FrozenDictionary<string, SynonymGroup> phrases;
    private readonly FrozenDictionary<string, SearchState> stateNames;
    private readonly FrozenDictionary<string, SearchState> stateCodes;
    private readonly FrozenSet<string> ambiguousCodes;
    private readonly FrozenSet<string> termWords;

    public QueryAnalyzer(SearchTerms terms, IEnumerable<SearchState> states)
    {
        stopWords = terms.StopWords.ToFrozenSet(StringComparer.Ordinal);
        phrases = terms.Groups.SelectMany(g => g.Words.Select(w => (w, g))).ToFrozenDictionary(p => p.w, p => p.g, StringComparer.Ordinal);
        var list = states.ToList();
        stateNames = list.ToFrozenDictionary(s => string.Join(' ', SearchText.Words(s.Name)), StringComparer.Ordinal);
        stateCodes = list.ToFrozenDictionary(s => s.Code.ToLowerInvariant(), StringComparer.Ordinal);
        ambiguousCodes = stateCodes.Keys.Where(c => stopWords.Contains(c) || phrases.ContainsKey(c) || phrases.ContainsKey(c + "s")).ToFrozenSet(StringComparer.Ordinal);
        termWords = phrases.Keys.Concat(stateNames.Keys).SelectMany(p => p.Split(' ')).Concat(stopWords).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The <see cref="AnalyzedQuery.Key"/> of a page title.</summary>
    public string Key(string title) => Analyze(title, _ => true, _ => false, _ => null).Key;

    /// <summary>
    /// Analyses <paramref name="query"/>. <paramref name="isKnown"/> says whether a word occurs on the site;
    /// <paramref name="correct"/> proposes the nearest site word for one that does not (or null); an unknown last word
    /// that <paramref name="isPrefix"/> accepts is matched as a prefix, for half-typed words.
    /// </summary>
    public AnalyzedQuery Analyze(string query, Func<string, bool> isKnown, Func<string, bool> isPrefix, Func<string, string?> correct)
    {
        var words = SearchText.Words(query, MaxWords);
        var corrected = false;
        var prefixAt = -1;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length <= 3 || termWords.Contains(word) || isKnown(word) || word.All(char.IsAsciiDigit))
            {
                continue;
            }

            if (correct(word) is { } better)
            {
                words[i] = better;
                corrected = true;
            }
            else if (i == words.Count - 1 && isPrefix(word))
            {
                prefixAt = i;
            }
        }

        var concepts = new List<SearchConcept>();
        var states = new List<SearchState>();
        var pages = new List<string>();
        for (var i = 0; i < words.Count;)
        {
            if (MatchState(words, i) is var (state, length))
            {
                states.Add(state);
                concepts.Add(new([string.Join(' ', SearchText.Words(state.Name))]));
                i += length;
                continue;
            }

            var used = MatchGroup(words, i, concepts, pages);
            if (used > 0)
            {
                i += used;
                continue;
            }

            if (!stopWords.Contains(words[i]))
            {
                concepts.Add(new([words[i]], Prefix: i == prefixAt));
            }

            i++;
        }

        // Two states named ("compare texas and california"): their side-by-side page answers before either state.
        var two = states.DistinctBy(s => s.Code, StringComparer.OrdinalIgnoreCase).Take(2).ToList();
        IEnumerable<string> pair = two.Count == 2 ? [SiteLinks.StatePair(two[0].Code, two[1].Code)] : [];
        var named = pair.Concat(states.Select(s => s.Url)).Concat(pages).Distinct(StringComparer.Ordinal).ToList();
        var unique = concepts.DistinctBy(c => string.Join('|', c.Phrases), StringComparer.Ordinal).ToList();
        return new AnalyzedQuery(unique, named, corrected ? string.Join(' ', words) : null);
    }

    /// <summary>A state name (longest first), or a code: an unambiguous one anywhere, an ambiguous one only after
    /// "in" or before "state"/"board"/"law". Returns the state and the number of words used, or null.</summary>
    private (SearchState State, int Length)? MatchState(List<string> words, int i)
    {
        for (var n = Math.Min(3, words.Count - i); n >= 1; n--)
        {
            if (stateNames.TryGetValue(string.Join(' ', words.Skip(i).Take(n)), out var state))
            {
                return (state, n);
            }
        }

        if (words[i].Length == 2 && stateCodes.TryGetValue(words[i], out var byCode))
        {
            var inContext = (i > 0 && words[i - 1] == "in") || (i + 1 < words.Count && StateContextAfter.Contains(words[i + 1]));
            if (inContext || !ambiguousCodes.Contains(words[i]))
            {
                return (byCode, 1);
            }
        }

        return null;
    }

    private int MatchGroup(List<string> words, int i, List<SearchConcept> concepts, List<string> pages)
    {
        for (var n = Math.Min(MaxPhraseWords, words.Count - i); n >= 1; n--)
        {
            if (Lookup(words, i, n) is { } group)
            {
                concepts.Add(new(group.Words, Typed: string.Join(' ', words.Skip(i).Take(n))));
                pages.AddRange(group.Pages);
                return n;
            }
        }

        return 0;
    }

    /// <summary>The group of the n words at i, also trying the last word without a plural "s".</summary>
    private SynonymGroup? Lookup(List<string> words, int i, int n)
    {
        var phrase = string.Join(' ', words.Skip(i).Take(n));
        if (phrases.TryGetValue(phrase, out var group))
        {
            return group;
        }

        return phrase.Length > 3 && phrase.EndsWith('s') && phrases.TryGetValue(phrase[..^1], out group) ? group : null;
    }
}
