using MaGuide.Web.Data;


namespace MaGuide.Web.Content;

/// <summary>Reads and validates the sources table; every guide and data row points into it by id.</summary>
public static class SourceList
{
    public static readonly string[] Kinds = Data.Trust.SourceKinds.All;

    public static IReadOnlyDictionary<string, Source> Load(string csvPath, string displayPath, List<ContentProblem> problems)
    {
        var result = new Dictionary<string, Source>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
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
                DerivedFrom = Get("derived_from"),
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
                var hint = entry.Kind is "primary" or "secondary" or "seed"
                    ? " (official: the producing or deciding body's own page; copy: a third-party copy of an official text; secondary: a page that quotes or summarises)"
                    : "";
                problems.Add(new(displayPath, line, $"kind \"{entry.Kind}\" is not one of {string.Join(", ", Kinds)}{hint}"));
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
                lines[entry.Id] = line;
            }
        }

        foreach (var (id, source) in result)
        {
            foreach (var other in Data.Trust.SourceIndex.DerivedFrom(source).Where(o => o == id || !result.ContainsKey(o)))
            {
                problems.Add(new(displayPath, lines[id], other == id ? "derived_from names the source itself" : $"derived_from \"{other}\" is not a source id in this file"));
            }
        }

        return result;
    }
}
