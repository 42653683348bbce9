using MaGuide.Web.Data;


namespace MaGuide.Web.Content;

/// <summary>Reads and validates the sources table; every guide and data row points into it by id.</summary>
public static class SourceList
{
    public static readonly string[] Kinds = ["primary", "secondary", "seed"];

    public static IReadOnlyDictionary<string, Source> Load(string csvPath, string displayPath, List<ContentProblem> problems)
    {
        var result = new Dictionary<string, Source>(StringComparer.Ordinal);
        if (!File.Exists(csvPath))
        {
            problems.Add(new(displayPath, 0, "sources table is missing"));
            return result;
        }

        if (CsvTable.Read(csvPath, displayPath, ["id", "kind", "title", "publisher", "url"], problems) is not { } table)
        {
            return result;
        }

        foreach (var row in table.Rows)
        {
            var line = row.Line;
            string Get(string name) => row.Text(name);
            var entry = new Source
            {
                Id = Get("id"),
                Kind = Get("kind"),
                Title = Get("title"),
                Publisher = Get("publisher"),
                Url = Get("url"),
                Period = Get("period"),
                Retrieved = Get("retrieved"),
                Note = Get("note"),
            };
            var before = problems.Count;
            if (!SlugRules.IsSlug(entry.Id))
            {
                problems.Add(new(displayPath, line, $"source id \"{entry.Id}\" must be lowercase words joined by hyphens"));
            }
            else if (result.ContainsKey(entry.Id))
            {
                problems.Add(new(displayPath, line, $"source id \"{entry.Id}\" is listed twice"));
            }

            if (!Kinds.Contains(entry.Kind))
            {
                problems.Add(new(displayPath, line, $"kind \"{entry.Kind}\" is not one of {string.Join(", ", Kinds)}"));
            }

            if (entry.Title.Length == 0)
            {
                problems.Add(new(displayPath, line, "title is empty"));
            }

            if (!Uri.TryCreate(entry.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                problems.Add(new(displayPath, line, $"url \"{entry.Url}\" must be an http or https address"));
            }

            if (problems.Count == before)
            {
                result.Add(entry.Id, entry);
            }
        }

        return result;
    }
}
