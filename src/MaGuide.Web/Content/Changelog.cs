using System.Globalization;
using MaGuide.Web.ContentFiles;
using YamlDotNet.RepresentationModel;

namespace MaGuide.Web.Content;

/// <summary>One entry of the public changelog: what changed, when, and which pages show it.</summary>
/// <param name="Date">The day the change reached the site.</param>
/// <param name="Kind">One of <see cref="Changelog.Kinds"/>: <c>guide</c>, <c>data</c>, <c>correction</c> or <c>site</c>.</param>
/// <param name="Summary">One or two plain sentences for readers.</param>
/// <param name="Links">Site paths of the pages that changed (checked like guide links), each with its file line.</param>
/// <param name="Line">File line of the entry's first key.</param>
public sealed record ChangeEntry(DateOnly Date, string Kind, string Summary, IReadOnlyList<GuideLink> Links, int Line)
{
    /// <summary>The kind as readers see it.</summary>
    public string KindName => Changelog.Kinds[Kind];
}

/// <summary>
/// The public "what changed" list, kept by editors in <c>content/changelog.yaml</c> and validated like a guide:
/// every mistake is a <c>file:line</c> problem and a file with an error publishes no entries (the page then says so).
/// </summary>
public sealed class Changelog
{
    public const int MaxCharacters = 200_000;
    public const int MaxSummaryLength = 400;

    /// <summary>The kinds of change, with the label readers see.</summary>
    public static IReadOnlyDictionary<string, string> Kinds { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["guide"] = "Guide",
        ["data"] = "Data",
        ["correction"] = "Correction",
        ["site"] = "Site",
    };

    private static readonly string[] Keys = ["date", "kind", "summary", "links"];

    public static Changelog Empty { get; } = new([]);

    private Changelog(IReadOnlyList<ChangeEntry> entries) => Entries = entries;

    /// <summary>Entries, newest first (entries of one day keep the file's order).</summary>
    public IReadOnlyList<ChangeEntry> Entries { get; }

    /// <summary>
    /// Reads <paramref name="file"/>; a missing file is an empty changelog. Problems are added with the file line;
    /// when there is any, no entry is published. <paramref name="today"/> bounds the dates (none in the future).
    /// </summary>
    public static Changelog Load(string file, string display, List<ContentProblem> problems, DateOnly today)
    {
        if (!File.Exists(file))
        {
            return Empty;
        }

        var before = problems.Count;
        if (EditorText.Read(file, display, problems) is not { } text)
        {
            return Empty;
        }

        var root = FrontMatterYaml.LoadDocument(text.Replace("\r\n", "\n", StringComparison.Ordinal), display, 1, problems, "the changelog", MaxCharacters);
        if (problems.Count > before)
        {
            return Empty;
        }

        if (root is null or YamlScalarNode { Value: null or "" })
        {
            return Empty;
        }

        if (root is not YamlSequenceNode list)
        {
            problems.Add(new(display, Line(root), "the changelog is a list of entries, each starting with \"- date: YYYY-MM-DD\""));
            return Empty;
        }

        var entries = new List<ChangeEntry>();
        foreach (var item in list.Children)
        {
            if (ReadEntry(item, display, problems, today) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return problems.Count > before ? Empty : new([.. entries.OrderByDescending(e => e.Date)]);
    }

    private static ChangeEntry? ReadEntry(YamlNode item, string display, List<ContentProblem> problems, DateOnly today)
    {
        if (item is not YamlMappingNode map)
        {
            problems.Add(new(display, Line(item), "each changelog entry has date, kind and summary lines (and optional links)"));
            return null;
        }

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!Keys.Contains(name))
            {
                problems.Add(new(display, Line(key), $"unknown changelog key \"{name}\" (expected one of {string.Join(", ", Keys)})"));
                continue;
            }

            values[name] = value;
        }

        string? Text(string key)
        {
            if (!values.TryGetValue(key, out var node))
            {
                problems.Add(new(display, Line(map), $"changelog entry is missing \"{key}\""));
                return null;
            }

            if (node is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
            {
                return text.Trim();
            }

            problems.Add(new(display, Line(node), $"\"{key}\" must be a single non-empty value"));
            return null;
        }

        var dateText = Text("date");
        var kind = Text("kind");
        var summary = Text("summary");
        var date = default(DateOnly);
        if (dateText is not null)
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                problems.Add(new(display, Line(values["date"]), $"date \"{dateText}\" must be a real day written YYYY-MM-DD"));
            }
            else if (date > today.AddDays(1))
            {
                problems.Add(new(display, Line(values["date"]), $"date {dateText} is in the future; write the day the change reached the site (today is {today:yyyy-MM-dd})"));
            }
        }

        if (kind is not null && !Kinds.ContainsKey(kind))
        {
            problems.Add(new(display, Line(values["kind"]), $"kind \"{kind}\" is not one of {string.Join(", ", Kinds.Keys)}"));
        }

        if (summary is { Length: > MaxSummaryLength })
        {
            problems.Add(new(display, Line(values["summary"]), $"summary is {summary.Length} characters; keep it to {MaxSummaryLength} or fewer"));
        }

        // Readers see the summary on /changes and in the feed: the same US-spelling warning as guides and CSV fields.
        if (summary is not null && UsSpelling.FindBritish(summary) is [var british, ..])
        {
            problems.Add(new(display, Line(values["summary"]), UsSpelling.Warning("summary", british), ProblemSeverity.Warning));
        }

        var links = new List<GuideLink>();
        if (values.TryGetValue("links", out var linksNode))
        {
            if (linksNode is not YamlSequenceNode seq)
            {
                problems.Add(new(display, Line(linksNode), "\"links\" must be a list of site addresses, e.g. links: [/guides/salary, /states/ca]"));
            }
            else
            {
                foreach (var link in seq.Children)
                {
                    if (link is YamlScalarNode { Value: { Length: > 0 } url } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
                    {
                        links.Add(new GuideLink(url, Line(link)));
                    }
                    else
                    {
                        problems.Add(new(display, Line(link), "each link is a site address starting with /, e.g. /guides/salary"));
                    }
                }
            }
        }

        return dateText is null || kind is null || summary is null ? null : new ChangeEntry(date, kind, summary, links, Line(map));
    }

    private static int Line(YamlNode node) => (int)node.Start.Line;
}
