using System.Collections.Frozen;
using MaGuide.Web.Content;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace MaGuide.Web.Queries;

/// <summary>Building the search index, and each reader's private copy of it.</summary>
public sealed partial class SearchIndex
{
    /// <summary>Builds the index from the pages, the reviewed search terms and the states the query side recognises.</summary>
    public static SearchIndex Build(IReadOnlyList<SearchPage> pages, SearchTerms terms, IEnumerable<SearchState> states)
    {
        var stateList = states.ToList();
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, """
            CREATE VIRTUAL TABLE pages USING fts5(title, keys, headings, body, content = '', tokenize = 'porter unicode61');
            CREATE VIRTUAL TABLE spelling USING fts5(word, uses UNINDEXED, tokenize = 'trigram');
            """);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(string text)
        {
            foreach (var word in SearchText.Words(text))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        using (var transaction = connection.BeginTransaction())
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO pages (rowid, title, keys, headings, body) VALUES ($row, $title, $keys, $headings, $body)";
            for (var row = 0; row < pages.Count; row++)
            {
                var page = pages[row];
                insert.Parameters.Clear();
                insert.Parameters.AddWithValue("$row", row);
                insert.Parameters.AddWithValue("$title", page.Title);
                insert.Parameters.AddWithValue("$keys", page.Keys);
                insert.Parameters.AddWithValue("$headings", page.Headings);
                insert.Parameters.AddWithValue("$body", page.Body);
                insert.ExecuteNonQuery();
                Count($"{page.Title} {page.Keys} {page.Headings} {page.Body}");
            }

            // Readers' own words (state names, synonyms) win a tie between equally near corrections: "texs" is Texas, not "text".
            foreach (var word in terms.Groups.SelectMany(g => g.Words).Concat(stateList.Select(s => s.Name)).SelectMany(t => SearchText.Words(t)))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1000;
            }

            insert.CommandText = "INSERT INTO spelling VALUES ($word, $uses)";
            foreach (var (word, uses) in counts.Where(c => c.Key.Length >= 3 && !c.Key.Any(char.IsAsciiDigit)))
            {
                insert.Parameters.Clear();
                insert.Parameters.AddWithValue("$word", word);
                insert.Parameters.AddWithValue("$uses", uses);
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        var snippets = SearchSnippets.Build(connection, pages, terms.Groups.SelectMany(g => g.Words).Concat(stateList.Select(s => s.Name)));
        return new SearchIndex(connection, counts.ToFrozenDictionary(StringComparer.Ordinal), pages, new QueryAnalyzer(terms, stateList), snippets, stateList);
    }

    /// <summary>A private read-only copy of the built database, for one reader at a time.</summary>
    private SqliteConnection Copy()
    {
        var copy = new SqliteConnection("Data Source=:memory:");
        copy.Open();
        lock (masterGate)
        {
            var data = raw.sqlite3_serialize(master.Handle, "main", out var size, 0);
            if (data == IntPtr.Zero)
            {
                throw new InvalidOperationException("could not copy the search index (sqlite3_serialize returned nothing)");
            }

            var rc = raw.sqlite3_deserialize(copy.Handle, "main", data, size, size, raw.SQLITE_DESERIALIZE_FREEONCLOSE | raw.SQLITE_DESERIALIZE_READONLY);
            if (rc != raw.SQLITE_OK)
            {
                throw new InvalidOperationException($"could not copy the search index (sqlite3_deserialize: {rc})");
            }
        }

        return copy;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
