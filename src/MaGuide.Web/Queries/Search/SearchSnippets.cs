using System.Collections.Frozen;
using System.Text;
using Microsoft.Data.Sqlite;

namespace MaGuide.Web.Queries;

/// <summary>
/// The passage shown under a search result: <see cref="Length"/> words of the page's body around the words the query
/// matched, each matched run wrapped in <see cref="SearchHit.MarkStart"/> and <see cref="SearchHit.MarkEnd"/>, with
/// " … " where the passage cuts the body. Made in memory rather than by FTS5's <c>snippet()</c>, which re-tokenises a
/// candidate's whole body with the porter stemmer on every search (measured: 60 candidates took 7 ms of a search's
/// 8 ms). Each body is split into words once, at build; each word's porter stem comes from SQLite's own tokenizer
/// (an FTS5 <c>fts5vocab</c> table), so a query word matches the same body words here as in the index.
/// </summary>
internal sealed class SearchSnippets
{
    /// <summary>Words in a passage (FTS5's snippet() was asked for 14).</summary>
    public const int Length = 14;

    /// <summary>Words shown before the first matched word, so a passage does not start on it.</summary>
    private const int Lead = 3;

    private readonly FrozenDictionary<string, string> stems;
    private readonly FrozenDictionary<string, Body> bodies;

    private SearchSnippets(FrozenDictionary<string, string> stems, FrozenDictionary<string, Body> bodies)
    {
        this.stems = stems;
        this.bodies = bodies;
    }

    /// <summary>
    /// Splits every page's body into words and stems every word of the bodies and of <paramref name="queryWords"/>
    /// (the reviewed synonyms and state names, which a query may add) with the porter tokenizer of
    /// <paramref name="connection"/>'s SQLite; the scratch tables are dropped again.
    /// </summary>
    public static SearchSnippets Build(SqliteConnection connection, IEnumerable<SearchPage> pages, IEnumerable<string> queryWords)
    {
        var split = pages.DistinctBy(p => p.Url, StringComparer.Ordinal).Select(p => (p.Url, p.Body, Words: SearchText.Spans(p.Body).ToArray())).ToList();
        var words = split.SelectMany(p => p.Words.Select(w => w.Word))
            .Concat(queryWords.SelectMany(w => SearchText.Words(w)))
            .Distinct(StringComparer.Ordinal).ToList();
        var stems = Stems(connection, words);
        var bodies = split.ToFrozenDictionary(p => p.Url, p =>
        {
            string[] folded = [.. p.Words.Select(w => w.Word)];
            string[] stemmed = [.. folded.Select(w => stems.GetValueOrDefault(w, w))];
            var positions = stemmed.Index().GroupBy(w => w.Item, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.Select(w => w.Index).ToArray(), StringComparer.Ordinal);
            return new Body(p.Body, [.. p.Words.Select(w => w.Start)], [.. p.Words.Select(w => w.End)], folded, stemmed, positions);
        }, StringComparer.Ordinal);
        return new SearchSnippets(stems, bodies);
    }

    /// <summary>
    /// The query's phrases as stems, once per search: each phrase's concept, its words' stems, and for a half-typed
    /// (prefix) one-word phrase every site stem it can stand for.
    /// </summary>
    public IReadOnlyList<SnippetPhrase> Prepare(IReadOnlyList<SearchConcept> concepts) =>
        [.. concepts.SelectMany((c, i) => c.Phrases.Select(p =>
        {
            var words = p.Split(' ');
            string[] wanted = [.. words.Select(w => stems.GetValueOrDefault(w, w))];
            string[] first = c.Prefix && words.Length == 1
                ? [.. stems.Where(s => s.Key.StartsWith(words[0], StringComparison.Ordinal) || s.Value.StartsWith(wanted[0], StringComparison.Ordinal)).Select(s => s.Value).Distinct(StringComparer.Ordinal)]
                : [wanted[0]];
            return new SnippetPhrase(i, wanted, first);
        }))];

    /// <summary>
    /// The passage of <paramref name="url"/>'s body that matches the most of the query's concepts (the first such
    /// passage); null when the body matches none of them (the caller shows the page's summary instead).
    /// </summary>
    public string? For(string url, IReadOnlyList<SnippetPhrase> phrases)
    {
        if (!bodies.TryGetValue(url, out var body) || body.Folded.Length == 0)
        {
            return null;
        }

        var count = body.Folded.Length;
        var marked = new bool[count];
        var hits = new List<(int At, int Concept)>();
        foreach (var phrase in phrases)
        {
            foreach (var at in phrase.First.SelectMany(stem => body.Positions.GetValueOrDefault(stem) ?? []))
            {
                if (at + phrase.Stems.Length <= count && Follows(body, at, phrase.Stems))
                {
                    hits.Add((at, phrase.Concept));
                    Array.Fill(marked, true, at, phrase.Stems.Length);
                }
            }
        }

        hits.Sort((a, b) => a.At.CompareTo(b.At));
        if (hits.Count == 0)
        {
            return null;
        }

        // The window with the most distinct concepts, the first such winning: one pass of a sliding window over the
        // sorted hits (a body such as /sources has thousands of hits for "medical assistant").
        var (start, best) = (0, -1);
        var inWindow = new int[phrases.Max(p => p.Concept) + 1];
        var (distinct, low, high) = (0, 0, 0);
        foreach (var (at, _) in hits)
        {
            var from = Math.Clamp(at - Lead, 0, Math.Max(0, count - Length));
            for (; high < hits.Count && hits[high].At < from + Length; high++)
            {
                distinct += inWindow[hits[high].Concept]++ == 0 ? 1 : 0;
            }

            for (; low < high && hits[low].At < from; low++)
            {
                distinct -= --inWindow[hits[low].Concept] == 0 ? 1 : 0;
            }

            if (distinct > best)
            {
                (start, best) = (from, distinct);
            }
        }

        return Passage(body, start, Math.Min(count, start + Length), marked);
    }

    /// <summary>Whether the phrase's later words follow the word at <paramref name="at"/>, stem by stem.</summary>
    private static bool Follows(Body body, int at, string[] stems)
    {
        for (var i = 1; i < stems.Length; i++)
        {
            if (body.Stems[at + i] != stems[i])
            {
                return false;
            }
        }

        return true;
    }

    private static string Passage(Body body, int start, int end, bool[] marked)
    {
        var text = new StringBuilder();
        if (start > 0)
        {
            text.Append("… ");
        }

        for (var i = start; i < end; i++)
        {
            if (i > start)
            {
                text.Append(body.Text, body.Ends[i - 1], body.Starts[i] - body.Ends[i - 1]);
            }

            if (marked[i] && !Joined(body, i, start, marked))
            {
                text.Append(SearchHit.MarkStart);
            }

            text.Append(body.Text, body.Starts[i], body.Ends[i] - body.Starts[i]);
            if (marked[i] && !(i + 1 < end && Joined(body, i + 1, start, marked)))
            {
                text.Append(SearchHit.MarkEnd);
            }
        }

        if (end < body.Folded.Length)
        {
            text.Append(" …");
        }

        return text.ToString();
    }

    /// <summary>Whether marked word <paramref name="i"/> continues the marked run before it: only across spaces, so
    /// "injections: MAs" is two marks, not one over the colon.</summary>
    private static bool Joined(Body body, int i, int start, bool[] marked) =>
        i > start && marked[i] && marked[i - 1] && body.Text.AsSpan(body.Ends[i - 1], body.Starts[i] - body.Ends[i - 1]).IsWhiteSpace();

    /// <summary>Each word's porter stem as SQLite's FTS5 computes it: each word is one row of a scratch FTS5 table,
    /// read back through an <c>fts5vocab</c> instance table (term, row).</summary>
    private static FrozenDictionary<string, string> Stems(SqliteConnection connection, List<string> words)
    {
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            CREATE VIRTUAL TABLE temp.stemmed USING fts5(word, tokenize = 'porter unicode61');
            CREATE VIRTUAL TABLE temp.stems USING fts5vocab(temp, stemmed, instance);
            """;
        command.ExecuteNonQuery();
        command.CommandText = "INSERT INTO temp.stemmed (rowid, word) VALUES ($id, $word)";
        var id = command.Parameters.Add("$id", SqliteType.Integer);
        var word = command.Parameters.Add("$word", SqliteType.Text);
        for (var i = 0; i < words.Count; i++)
        {
            id.Value = i;
            word.Value = words[i];
            command.ExecuteNonQuery();
        }

        command.Parameters.Clear();
        command.CommandText = "SELECT doc, term FROM temp.stems";
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                stems.TryAdd(words[reader.GetInt32(0)], reader.GetString(1));
            }
        }

        command.CommandText = "DROP TABLE temp.stems; DROP TABLE temp.stemmed;";
        command.ExecuteNonQuery();
        transaction.Commit();
        return stems.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>A body split into words: character offsets, folded words (<see cref="SearchText.Words"/>), stems, and
    /// where each stem occurs.</summary>
    private sealed record Body(string Text, int[] Starts, int[] Ends, string[] Folded, string[] Stems, FrozenDictionary<string, int[]> Positions);
}

/// <summary>One phrase of a query, ready for <see cref="SearchSnippets.For"/>: the concept it belongs to, its words'
/// stems, and the stems its first word may be (one, or several for a half-typed word).</summary>
internal sealed record SnippetPhrase(int Concept, string[] Stems, string[] First);
