using Microsoft.Data.Sqlite;

namespace MaGuide.Web.Queries;

/// <summary>
/// A search result: the page, its kind ("Guide", "State", "Task"…) and a passage of its text in which the matched
/// words are wrapped in <see cref="MarkStart"/> and <see cref="MarkEnd"/> (control characters that never occur in
/// indexed text; the search page turns them into <c>&lt;mark&gt;</c>).
/// </summary>
public sealed record SearchHit(string Title, string Url, string Kind, string Snippet)
{
    public const char MarkStart = '\u0002';
    public const char MarkEnd = '\u0003';

    /// <summary>The snippet as plain text and highlighted runs, in order.</summary>
    public IEnumerable<(string Text, bool Marked)> SnippetParts()
    {
        var marked = false;
        foreach (var part in Snippet.Split(MarkStart, MarkEnd))
        {
            if (part.Length > 0)
            {
                yield return (part, marked);
            }

            marked = !marked;
        }
    }
}

/// <summary>One private copy of the index with its prepared statements; used by one search at a time.</summary>
internal sealed class SearchReader : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteCommand match;
    private readonly SqliteCommand spelling;
    private readonly SqliteCommand count;

    public SearchReader(SqliteConnection connection)
    {
        this.connection = connection;
        match = connection.CreateCommand();
        match.CommandText = "SELECT rowid, bm25(pages, 10.0, 8.0, 4.0, 1.0) FROM pages WHERE pages MATCH $match";
        match.Parameters.Add("$match", SqliteType.Text);
        match.Prepare();
        count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM pages WHERE pages MATCH $match";
        count.Parameters.Add("$match", SqliteType.Text);
        count.Prepare();
        spelling = connection.CreateCommand();
        spelling.CommandText = "SELECT word, uses FROM spelling WHERE spelling MATCH $match ORDER BY rank LIMIT 60";
        spelling.Parameters.Add("$match", SqliteType.Text);
        spelling.Prepare();
    }

    /// <summary>Every page matching the FTS5 expression: its row (the page's index in the built list) and its BM25
    /// score (negative; lower is better), unordered.</summary>
    public List<(int Row, double Score)> Match(string expression)
    {
        match.Parameters["$match"].Value = expression;
        using var reader = match.ExecuteReader();
        var rows = new List<(int, double)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt32(0), reader.GetDouble(1)));
        }

        return rows;
    }

    /// <summary>How many pages match the FTS5 expression.</summary>
    public int Count(string expression)
    {
        count.Parameters["$match"].Value = expression;
        return Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The site word nearest to <paramref name="word"/> (one edit for words of up to 7 letters, two for
    /// longer), preferring fewer edits, then the more common word; null when there is none.</summary>
    public string? Correct(string word)
    {
        var trigrams = Enumerable.Range(0, word.Length - 2).Select(i => word.Substring(i, 3)).Distinct(StringComparer.Ordinal).ToList();
        if (trigrams.Count == 0)
        {
            return null;
        }

        var max = word.Length <= 7 ? 1 : 2;
        spelling.Parameters["$match"].Value = string.Join(" OR ", trigrams.Select(t => $"\"{t}\""));
        using var reader = spelling.ExecuteReader();
        (string Word, int Distance, long Uses)? best = null;
        while (reader.Read())
        {
            var candidate = reader.GetString(0);
            var distance = SearchText.Distance(word, candidate, max);
            var uses = reader.GetInt64(1);
            if (distance <= max && (best is not { } b || distance < b.Distance || (distance == b.Distance && uses > b.Uses)))
            {
                best = (candidate, distance, uses);
            }
        }

        return best?.Word;
    }

    public void Dispose()
    {
        match.Dispose();
        count.Dispose();
        spelling.Dispose();
        connection.Dispose();
    }
}
