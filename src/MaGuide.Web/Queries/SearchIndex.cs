using System.Text;
using System.Text.RegularExpressions;
using MaGuide.Web.Content;
using MaGuide.Web.Data;
using Microsoft.Data.Sqlite;

namespace MaGuide.Web.Queries;

public sealed record SearchHit(string Title, string Url, string Kind, string Snippet);

/// <summary>
/// Full-text search (SQLite FTS5) over guides, states, scope tasks and roles. The index lives in an in-memory SQLite
/// database built with each guide catalog, so a search never touches the read-only store file.
/// </summary>
public sealed partial class SearchIndex : IDisposable
{
    public const int MaxQueryLength = 100;

    private readonly SqliteConnection connection;
    private readonly Lock gate = new();

    private SearchIndex(SqliteConnection connection) => this.connection = connection;

    public static SearchIndex Build(GuideCatalog catalog, IDbContextFactory<MaGuideDb> store)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, "CREATE VIRTUAL TABLE pages USING fts5(title, body, url UNINDEXED, kind UNINDEXED, tokenize = 'porter unicode61')");
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO pages (title, body, url, kind) VALUES ($title, $body, $url, $kind)";
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        var url = insert.Parameters.Add("$url", SqliteType.Text);
        var kind = insert.Parameters.Add("$kind", SqliteType.Text);
        void Add(string t, string b, string u, string k)
        {
            (title.Value, body.Value, url.Value, kind.Value) = (t, b, u, k);
            insert.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        insert.Transaction = transaction;
        foreach (var guide in catalog.Guides)
        {
            Add(guide.Title, guide.Description + " " + TagPattern().Replace(guide.Html, " "), SiteLinks.Guide(guide.Slug), "Guide");
        }

        using (var db = store.CreateDbContext())
        {
            var tasks = db.ScopeTasks.ToDictionary(t => t.Key, t => t.Name, StringComparer.Ordinal);
            foreach (var area in db.Areas.Where(a => a.IsState).ToList())
            {
                var rules = db.ScopeRules.Where(r => r.StateCode == area.Code && r.Preferred).ToList();
                var text = new StringBuilder($"{area.Name} {area.Code} medical assistant rules pay {area.BoardName} ");
                foreach (var rule in rules)
                {
                    text.Append(tasks[rule.TaskKey]).Append(' ').Append(rule.Conditions).Append(' ').Append(rule.Citation).Append(' ');
                }

                Add($"Medical assistants in {PlaceNames.InSentence(area.Name)}", text.ToString(), SiteLinks.State(area.Code), "State");
            }

            foreach (var task in db.ScopeTasks.ToList())
            {
                Add($"{task.Name}, state by state", task.Description, SiteLinks.ScopeTask(task.Key), "Task");
            }

            foreach (var role in db.Roles.Where(r => r.Slug != "medical-assistant").ToList())
            {
                var facts = string.Join(' ', db.RoleFacts.Where(f => f.RoleSlug == role.Slug).Select(f => f.Value));
                Add($"Medical assistant vs {role.ShortName}", $"{role.Name} {role.Summary} {facts}", SiteLinks.Compare(role.Slug), "Comparison");
            }
        }

        transaction.Commit();
        return new SearchIndex(connection);
    }

    /// <summary>Words of the query, each matched as a prefix; FTS5 operators and punctuation in the input are ignored.</summary>
    public static string? ToMatchExpression(string query, bool anyWord = false)
    {
        var words = WordPattern().Matches(query).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length > 1).Take(8).ToList();
        return words.Count == 0 ? null : string.Join(anyWord ? " OR " : " ", words.Select(w => $"\"{w}\"*"));
    }

    /// <summary>Pages matching all the words (or, with anyWord, any of them: for suggestions), best first.</summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20, bool anyWord = false)
    {
        if (ToMatchExpression(query, anyWord) is not { } match)
        {
            return [];
        }

        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT title, url, kind, snippet(pages, 1, '[', ']', ' … ', 16)
                FROM pages WHERE pages MATCH $match ORDER BY bm25(pages, 8.0, 1.0) LIMIT $limit
                """;
            command.Parameters.AddWithValue("$match", match);
            command.Parameters.AddWithValue("$limit", limit);
            using var reader = command.ExecuteReader();
            var hits = new List<SearchHit>();
            while (reader.Read())
            {
                hits.Add(new SearchHit(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }

            return hits;
        }
    }

    public void Dispose() => connection.Dispose();

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}

/// <summary>Keeps one index per catalog, rebuilt when the guides reload.</summary>
public sealed class SearchService(GuideCatalogSource catalogs, IDbContextFactory<MaGuideDb> store) : IDisposable
{
    private (GuideCatalog Catalog, SearchIndex Index)? current;
    private readonly Lock gate = new();

    public IReadOnlyList<SearchHit> Search(string query, int limit = 20, bool anyWord = false)
    {
        var catalog = catalogs.Current;
        SearchIndex index;
        lock (gate)
        {
            if (current is not { } built || !ReferenceEquals(built.Catalog, catalog))
            {
                // The old index is left to the garbage collector: a search may still be running on it.
                current = (catalog, SearchIndex.Build(catalog, store));
            }

            index = current.Value.Index;
        }

        return index.Search(query, limit, anyWord);
    }

    public void Dispose() => current?.Index.Dispose();
}
