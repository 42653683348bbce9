using System.Globalization;
using MaGuide.Web.ContentFiles;
using YamlDotNet.RepresentationModel;

namespace MaGuide.Web.Content;

/// <summary>The validated YAML header of a guide.</summary>
public sealed record FrontMatter
{
    /// <summary>Pages show a guide's title as "Title | MaGuide", which must fit 65 characters in search results.</summary>
    public const int MaxTitleLength = 55;
    public const int MaxDescriptionLength = 160;

    public required string Title { get; init; }
    public required string Description { get; init; }
    public required Section Section { get; init; }
    public required int Order { get; init; }
    public required DateOnly Reviewed { get; init; }
    public required IReadOnlyList<string> Sources { get; init; }
    public required IReadOnlyList<string> Related { get; init; }

    /// <summary>True for <c>draft: true</c>: the guide is checked but only shown when the site runs in Development.</summary>
    public bool Draft { get; init; }

    /// <summary>Former slugs (<c>redirect_from: [old-slug]</c>) that answer 301 to this guide.</summary>
    public IReadOnlyList<string> RedirectFrom { get; init; } = [];

    /// <summary>Line (1-based, in the file) of each key, so later checks can point at the right line.</summary>
    public required IReadOnlyDictionary<string, int> KeyLines { get; init; }

    private static readonly HashSet<string> KnownKeys =
        ["title", "description", "section", "order", "reviewed", "sources", "related", "draft", "redirect_from"];

    /// <summary>
    /// Parses and validates front matter. <paramref name="firstLine"/> is the file line of the first YAML line,
    /// so every problem names the line the editor sees. <paramref name="today"/> (default: today in UTC) bounds
    /// <c>reviewed</c>: a review cannot be dated in the future.
    /// </summary>
    public static FrontMatter? Parse(string yaml, string path, int firstLine, List<ContentProblem> problems, DateOnly? today = null)
    {
        var before = problems.Count;
        if (FrontMatterYaml.Load(yaml, path, firstLine, problems) is not { } map)
        {
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

        bool Flag(string key)
        {
            if (!values.TryGetValue(key, out var node))
            {
                return false;
            }

            // Only the two YAML words: "yes", "1" or a quoted "true" are a mistake an editor should hear about.
            if (node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" } flag)
            {
                return flag.Value == "true";
            }

            var shown = node is YamlScalarNode { Value: { } v } ? $"\"{v}\"" : "a list";
            problems.Add(new(path, LineOf(node), $"\"{key}\" must be true or false (unquoted), not {shown}"));
            return false;
        }

        var title = Scalar("title", required: true);
        if (title is { Length: > MaxTitleLength })
        {
            problems.Add(new(path, keyLines["title"], $"title is {title.Length} characters; keep it to {MaxTitleLength} or fewer (pages add \" | MaGuide\", and search results show about 65 characters)"));
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
        if (reviewedText is not null && ReviewedProblem(reviewedText, today ?? DateOnly.FromDateTime(DateTime.UtcNow), out reviewed) is { } reviewedProblem)
        {
            problems.Add(new(path, keyLines["reviewed"], reviewedProblem));
        }

        var sources = List("sources");
        var related = List("related");
        var draft = Flag("draft");
        var redirectFrom = List("redirect_from");
        foreach (var old in redirectFrom.Where(o => !SlugRules.IsSlug(o)))
        {
            problems.Add(new(path, keyLines["redirect_from"], $"redirect_from \"{old}\" is not a guide address; write the old file name without .md, lowercase words joined by hyphens"));
        }

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
            Draft = draft,
            RedirectFrom = redirectFrom,
            KeyLines = keyLines,
        };
    }

    /// <summary>Null when <paramref name="text"/> is a real day written YYYY-MM-DD and not after tomorrow (time zones).</summary>
    private static string? ReviewedProblem(string text, DateOnly today, out DateOnly reviewed)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out reviewed))
        {
            return reviewed > today.AddDays(1)
                ? $"reviewed {text} is in the future; write the day an editor last checked the facts (today is {today:yyyy-MM-dd})"
                : null;
        }

        var parts = text.Split('-');
        if (parts.Length == 3 && parts[0].Length == 4 && parts[1].Length == 2 && parts[2].Length == 2
            && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var year) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var month)
            && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var day))
        {
            return month is < 1 or > 12
                ? $"reviewed \"{text}\" has no month {month}; write the date as YYYY-MM-DD"
                : $"reviewed \"{text}\" is not a real day ({CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has {DateTime.DaysInMonth(year is >= 1 and <= 9999 ? year : 2000, month)} days)";
        }

        return $"reviewed \"{text}\" must be a date written YYYY-MM-DD";
    }
}
