using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MaGuide.Web.Content;

/// <summary>The validated YAML header of a guide.</summary>
public sealed record FrontMatter
{
    public const int MaxTitleLength = 70;
    public const int MaxDescriptionLength = 160;

    public required string Title { get; init; }
    public required string Description { get; init; }
    public required Section Section { get; init; }
    public required int Order { get; init; }
    public required DateOnly Reviewed { get; init; }
    public required IReadOnlyList<string> Sources { get; init; }
    public required IReadOnlyList<string> Related { get; init; }

    /// <summary>Line (1-based, in the file) of each key, so later checks can point at the right line.</summary>
    public required IReadOnlyDictionary<string, int> KeyLines { get; init; }

    private static readonly HashSet<string> KnownKeys =
        ["title", "description", "section", "order", "reviewed", "sources", "related"];

    /// <summary>
    /// Parses and validates front matter. <paramref name="firstLine"/> is the file line of the first YAML line,
    /// so every problem names the line the editor sees.
    /// </summary>
    public static FrontMatter? Parse(string yaml, string path, int firstLine, List<ContentProblem> problems)
    {
        var before = problems.Count;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var lastLine = firstLine + yaml.Split('\n').Length - 1;
            problems.Add(new(path, Math.Min(lastLine, firstLine + (int)ex.Start.Line - 1), $"front matter is not valid YAML: {ex.InnerException?.Message ?? ex.Message}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (not a YamlException) on some unclosed flow lists.
            problems.Add(new(path, firstLine, "front matter is not valid YAML: check for an unclosed [ or quote"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            problems.Add(new(path, firstLine, "front matter must be a list of `key: value` lines"));
            return null;
        }

        int LineOf(YamlNode node) => firstLine + (int)node.Start.Line - 1;

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var keyLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!KnownKeys.Contains(key))
            {
                problems.Add(new(path, LineOf(keyNode), $"unknown front matter key \"{key}\" (expected one of {string.Join(", ", KnownKeys)})"));
                continue;
            }

            // YamlDotNet already rejects a repeated key as invalid YAML.
            values[key] = valueNode;
            keyLines[key] = LineOf(keyNode);
        }

        string? Scalar(string key, bool required)
        {
            if (!values.TryGetValue(key, out var node))
            {
                if (required)
                {
                    problems.Add(new(path, firstLine - 1, $"front matter is missing required \"{key}\""));
                }

                return null;
            }

            if (node is not YamlScalarNode { Value: { } text } || string.IsNullOrWhiteSpace(text))
            {
                problems.Add(new(path, LineOf(node), $"\"{key}\" must be a single non-empty value"));
                return null;
            }

            return text.Trim();
        }

        IReadOnlyList<string> List(string key)
        {
            if (!values.TryGetValue(key, out var node))
            {
                return [];
            }

            if (node is YamlScalarNode { Value: null or "" })
            {
                return [];
            }

            if (node is not YamlSequenceNode seq)
            {
                problems.Add(new(path, LineOf(node), $"\"{key}\" must be a list, e.g. {key}: [a, b]"));
                return [];
            }

            var items = new List<string>();
            foreach (var item in seq.Children)
            {
                if (item is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v))
                {
                    if (items.Contains(v.Trim()))
                    {
                        problems.Add(new(path, LineOf(item), $"\"{key}\" lists \"{v.Trim()}\" twice"));
                    }

                    items.Add(v.Trim());
                }
                else
                {
                    problems.Add(new(path, LineOf(item), $"\"{key}\" items must be plain names"));
                }
            }

            return items;
        }

        var title = Scalar("title", required: true);
        if (title is { Length: > MaxTitleLength })
        {
            problems.Add(new(path, keyLines["title"], $"title is {title.Length} characters; keep it to {MaxTitleLength} or fewer"));
        }

        var description = Scalar("description", required: true);
        if (description is { Length: > MaxDescriptionLength })
        {
            problems.Add(new(path, keyLines["description"], $"description is {description.Length} characters; keep it to {MaxDescriptionLength} or fewer"));
        }

        var sectionKey = Scalar("section", required: true);
        var section = Section.Find(sectionKey);
        if (sectionKey is not null && section is null)
        {
            problems.Add(new(path, keyLines["section"], $"section \"{sectionKey}\" is not one of {string.Join(", ", Section.All.Select(s => s.Key))}"));
        }

        var orderText = Scalar("order", required: false);
        var order = 100;
        if (orderText is not null && !int.TryParse(orderText, NumberStyles.Integer, CultureInfo.InvariantCulture, out order))
        {
            problems.Add(new(path, keyLines["order"], $"order \"{orderText}\" must be a whole number"));
        }

        var reviewedText = Scalar("reviewed", required: true);
        var reviewed = default(DateOnly);
        if (reviewedText is not null && !DateOnly.TryParseExact(reviewedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out reviewed))
        {
            problems.Add(new(path, keyLines["reviewed"], $"reviewed \"{reviewedText}\" must be a date written YYYY-MM-DD"));
        }

        var sources = List("sources");
        var related = List("related");

        if (problems.Count > before || title is null || description is null || section is null)
        {
            return null;
        }

        return new FrontMatter
        {
            Title = title,
            Description = description,
            Section = section,
            Order = order,
            Reviewed = reviewed,
            Sources = sources,
            Related = related,
            KeyLines = keyLines,
        };
    }
}
