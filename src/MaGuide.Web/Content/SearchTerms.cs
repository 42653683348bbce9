using System.Text.RegularExpressions;
using MaGuide.Web.ContentFiles;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MaGuide.Web.Content;

/// <summary>A group of words or phrases that mean the same to a reader, and the pages (site paths) it is about.</summary>
public sealed record SynonymGroup(IReadOnlyList<string> Words, IReadOnlyList<string> Pages, int Line);

/// <summary>
/// The reviewed search vocabulary in <c>content/search-terms.yaml</c>: stop words and synonym groups. Loading never
/// throws: problems are added as <c>path:line: message</c> and the entries that are valid are kept.
/// </summary>
public sealed partial record SearchTerms(IReadOnlySet<string> StopWords, IReadOnlyList<SynonymGroup> Groups)
{
    public const string FileName = "search-terms.yaml";

    public static SearchTerms Empty { get; } = new(new HashSet<string>(), []);

    /// <summary>Reads and validates the file; a missing file is an error (search would lose its synonyms silently).</summary>
    public static SearchTerms Load(ContentPaths paths, List<ContentProblem> problems)
    {
        var file = Path.Combine(paths.Root, FileName);
        var display = paths.Display(file);
        if (!File.Exists(file))
        {
            problems.Add(new(display, 1, "file is missing: site search needs its stop words and synonyms"));
            return Empty;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(File.ReadAllText(file)));
        }
        catch (YamlException ex)
        {
            problems.Add(new(display, (int)ex.Start.Line, $"not valid YAML: {ex.InnerException?.Message ?? ex.Message}"));
            return Empty;
        }
        catch (InvalidOperationException)
        {
            problems.Add(new(display, 1, "not valid YAML: check for an unclosed [ or quote"));
            return Empty;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(new(display, 1, "expected the keys `stop words:` and `synonyms:`"));
            return Empty;
        }

        var stopWords = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<SynonymGroup>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        void Problem(YamlNode node, string message) => problems.Add(new(display, (int)node.Start.Line, message));

        bool IsTerm(YamlNode node, out string term)
        {
            term = (node as YamlScalarNode)?.Value ?? "";
            if (TermPattern().IsMatch(term))
            {
                return true;
            }

            Problem(node, $"\"{term}\" is not a search term: use lowercase letters and digits, words separated by one space");
            return false;
        }

        foreach (var (key, value) in root.Children)
        {
            switch ((key as YamlScalarNode)?.Value)
            {
                case "stop words" when value is YamlSequenceNode list:
                    foreach (var item in list)
                    {
                        if (IsTerm(item, out var word) && !stopWords.Add(word))
                        {
                            Problem(item, $"stop word \"{word}\" is listed twice");
                        }
                    }

                    break;
                case "synonyms" when value is YamlSequenceNode list:
                    groups.AddRange(list.Select(item => ReadGroup(item, IsTerm, seen, Problem)).OfType<SynonymGroup>());
                    break;
                case "stop words" or "synonyms":
                    Problem(value, $"\"{((YamlScalarNode)key).Value}\" must be a list");
                    break;
                default:
                    Problem(key, $"unknown key \"{(key as YamlScalarNode)?.Value}\" (expected stop words, synonyms)");
                    break;
            }
        }

        foreach (var group in groups)
        {
            foreach (var word in group.Words.Where(stopWords.Contains))
            {
                problems.Add(new(display, group.Line, $"\"{word}\" is both a stop word and a synonym; remove it from one list"));
            }
        }

        return new SearchTerms(stopWords, groups);
    }

    /// <summary>Problems with the pages the groups name (each must exist on the site), for <c>check</c>.</summary>
    public IEnumerable<ContentProblem> PageProblems(string display, Func<string, bool> pageExists) =>
        from g in Groups
        from page in g.Pages
        where !pageExists(page)
        select new ContentProblem(display, g.Line, $"page {page}: no such page on the site");

    private delegate bool TermCheck(YamlNode node, out string term);

    private static SynonymGroup? ReadGroup(YamlNode item, TermCheck isTerm, Dictionary<string, int> seen, Action<YamlNode, string> problem)
    {
        if (item is not YamlMappingNode map)
        {
            problem(item, "each synonym group is `- words: [...]` with an optional `pages: [...]`");
            return null;
        }

        var words = new List<string>();
        var pages = new List<string>();
        var listed = 0;
        foreach (var (key, value) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is not ("words" or "pages") || value is not YamlSequenceNode list)
            {
                problem(key, $"\"{name}\" must be `words: [...]` or `pages: [...]`");
                continue;
            }

            foreach (var entry in list)
            {
                if (name == "pages")
                {
                    var page = (entry as YamlScalarNode)?.Value ?? "";
                    if (page.StartsWith('/'))
                    {
                        pages.Add(page);
                    }
                    else
                    {
                        problem(entry, $"page \"{page}\" must be a site path such as /scope/injections");
                    }
                }
                else if (isTerm(entry, out var word))
                {
                    listed++;
                    if (seen.TryGetValue(word, out var first))
                    {
                        problem(entry, $"\"{word}\" is already in the group on line {first}; a word may be in one group only");
                    }
                    else
                    {
                        seen[word] = (int)map.Start.Line;
                        words.Add(word);
                    }
                }
            }
        }

        if (listed < 2 && pages.Count == 0)
        {
            problem(map, "a synonym group needs at least two words (or one word and the pages it names)");
            return null;
        }

        return words.Count == 0 ? null : new SynonymGroup(words, pages, (int)map.Start.Line);
    }

    [GeneratedRegex(@"^[a-z0-9]+( [a-z0-9]+)*$")]
    private static partial Regex TermPattern();
}
