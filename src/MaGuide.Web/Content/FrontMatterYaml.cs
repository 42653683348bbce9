using MaGuide.Web.ContentFiles;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;
using YamlDotNet.RepresentationModel;

namespace MaGuide.Web.Content;

/// <summary>
/// Reads a guide's front matter into a YAML mapping, safely: size, indentation and nesting are checked with
/// YamlDotNet's (non-recursive) scanner before its parser builds nodes (which recurses, and would overflow the stack
/// on thousands of nested brackets). Every problem names the file line and the fix.
/// </summary>
public static partial class FrontMatterYaml
{
    /// <summary>Front matter is a few short lines; anything longer is a mistake (such as a missing closing <c>---</c>).</summary>
    public const int MaxCharacters = 8_000;

    /// <summary>How deep lists and mappings may sit inside each other (a list value inside the top mapping is 2).</summary>
    public const int MaxNesting = 4;

    /// <summary>The mapping, or null with at least one problem added.</summary>
    public static YamlMappingNode? Load(string yaml, string path, int firstLine, List<ContentProblem> problems)
    {
        var before = problems.Count;
        var root = LoadDocument(yaml, path, firstLine, problems, "front matter", MaxCharacters);
        if (root is YamlMappingNode map)
        {
            return map;
        }

        if (problems.Count == before)
        {
            problems.Add(new(path, firstLine, "front matter must be a list of `key: value` lines"));
        }

        return null;
    }

    /// <summary>
    /// The root node of a small YAML file an editor writes (<paramref name="what"/> names it in messages, e.g.
    /// "front matter" or "the changelog"), or null with at least one problem added. The same guards as front matter:
    /// size, tabs, unquoted ": ", nesting and unclosed brackets, each reported at its file line.
    /// </summary>
    public static YamlNode? LoadDocument(string yaml, string path, int firstLine, List<ContentProblem> problems, string what, int maxCharacters)
    {
        var lines = yaml.Split('\n');
        int FileLine(long yamlLine) => firstLine + (int)Math.Clamp(yamlLine, 1, lines.Length) - 1;

        // Checked on the raw text first, so thousands of brackets get the nesting message at their own line.
        if (RawNesting(lines) is { } deep)
        {
            problems.Add(new(path, firstLine + deep, $"{what} nests lists or mappings more than {MaxNesting} deep here; write lists as [a, b]"));
            return null;
        }

        if (yaml.Length > maxCharacters)
        {
            problems.Add(new(path, firstLine, what == "front matter"
                ? $"front matter is {yaml.Length} characters; keep it under {maxCharacters} (is the closing --- line missing?)"
                : $"{what} is {yaml.Length} characters; keep it under {maxCharacters}"));
            return null;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i][..(lines[i].Length - lines[i].TrimStart(' ', '\t').Length)];
            if (indent.Contains('\t', StringComparison.Ordinal))
            {
                problems.Add(new(path, firstLine + i, "this line is indented with a tab; YAML needs spaces"));
                return null;
            }
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (PlainValueWithColon().Match(lines[i]) is { Success: true } m)
            {
                problems.Add(new(path, firstLine + i,
                    $"\"{m.Groups["key"].Value}\" has a value holding \": \" (\"{m.Groups["value"].Value.Trim()}\"), which YAML reads as a second key; put the value in quotes"));
                return null;
            }
        }

        if (!Scan(yaml, path, FileLine, problems, what))
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            problems.Add(new(path, FileLine(ex.Start.Line), Explain(ex, what)));
            return null;
        }

        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    /// <summary>Walks the tokens once: nesting depth, unclosed brackets, and a plain value cut short by " #".</summary>
    private static bool Scan(string yaml, string path, Func<long, int> fileLine, List<ContentProblem> problems, string what)
    {
        var open = new Stack<(char Bracket, long Line)>();
        var depth = 0;
        string? key = null;
        Token? previous = null;
        var scanner = new Scanner(new StringReader(yaml), skipComments: false);
        // A scanner that stops moving forward (seen on some malformed input) must not hang check or start-up:
        // real front matter yields far fewer tokens than this.
        var tokenBudget = (4 * yaml.Length) + 64;
        try
        {
            while (scanner.MoveNext())
            {
                var token = scanner.Current!;
                if (--tokenBudget < 0)
                {
                    problems.Add(new(path, fileLine(open.Count > 0 ? open.Peek().Line : token.Start.Line),
                        open.Count > 0 ? Unclosed(open.Peek().Bracket) : $"{what} cannot be read from here on; put values that contain \": \" or \" #\" in quotes"));
                    return false;
                }

                switch (token)
                {
                    case FlowSequenceStart or FlowMappingStart:
                        open.Push((token is FlowSequenceStart ? '[' : '{', token.Start.Line));
                        depth++;
                        break;
                    case FlowSequenceEnd or FlowMappingEnd when open.Count > 0:
                        open.Pop();
                        depth--;
                        break;
                    case BlockSequenceStart or BlockMappingStart:
                        depth++;
                        break;
                    case BlockEnd:
                        depth--;
                        break;
                    case Scalar scalar when previous is Key:
                        key = scalar.Value;
                        break;
                    case Comment { IsInline: true } when previous is Scalar { Style: ScalarStyle.Plain } cut:
                        problems.Add(new(path, fileLine(token.Start.Line),
                            $"\"{key}\" stops at \" #\" (YAML reads the rest of the line as a comment, leaving \"{cut.Value}\"); put the value in quotes"));
                        return false;
                }

                if (depth > MaxNesting)
                {
                    problems.Add(new(path, fileLine(token.Start.Line), $"{what} nests lists or mappings more than {MaxNesting} deep here; write lists as [a, b]"));
                    return false;
                }

                previous = token is Comment ? previous : token;
            }
        }
        catch (YamlException ex)
        {
            problems.Add(new(path, fileLine(open.Count > 0 ? open.Peek().Line : ex.Start.Line), open.Count > 0 ? Unclosed(open.Peek().Bracket) : Explain(ex, what)));
            return false;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (not a YamlException) on some unclosed flow lists.
            problems.Add(new(path, fileLine(open.Count > 0 ? open.Peek().Line : 1), Unclosed(open.Count > 0 ? open.Peek().Bracket : '[')));
            return false;
        }

        if (open.Count > 0)
        {
            problems.Add(new(path, fileLine(open.Peek().Line), Unclosed(open.Peek().Bracket)));
            return false;
        }

        return true;
    }

    /// <summary>
    /// The 0-based index of the first line where [ and { (outside quotes) sit more than <see cref="MaxNesting"/> deep,
    /// or null. A cheap character count, so it is safe on any input size.
    /// </summary>
    private static int? RawNesting(string[] lines)
    {
        var depth = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            char? quote = null;
            foreach (var c in lines[i])
            {
                if (quote is { } q)
                {
                    quote = c == q ? null : q;
                    continue;
                }

                switch (c)
                {
                    case '"' or '\'':
                        quote = c;
                        break;
                    case '[' or '{':
                        if (++depth > MaxNesting)
                        {
                            return i;
                        }

                        break;
                    case ']' or '}':
                        depth = Math.Max(0, depth - 1);
                        break;
                }
            }
        }

        return null;
    }

    /// <summary>A <c>key: value</c> line whose unquoted value holds ": " (YAML refuses it, or its scanner stalls on it).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[A-Za-z_][\w-]*):[ ]+(?<value>[^""'\[{|>&*!%@`\s][^#]*?:[ ].*)$")]
    private static partial System.Text.RegularExpressions.Regex PlainValueWithColon();

    private static string Unclosed(char bracket) =>
        $"the {bracket} opened on this line is never closed; end the list with {(bracket == '[' ? ']' : '}')} on the same line";

    /// <summary>YamlDotNet's message, plus the usual cause and fix.</summary>
    private static string Explain(YamlException ex, string what)
    {
        var message = (ex.InnerException?.Message ?? ex.Message).Trim();
        if (message.Contains("Mapping values are not allowed", StringComparison.Ordinal))
        {
            return $"{what} is not valid YAML: {message} A value holds a colon followed by a space; put the value in quotes.";
        }

        if (message.StartsWith("Duplicate key", StringComparison.Ordinal))
        {
            return $"{what} is not valid YAML: {message}; each key appears once, so remove or merge this line";
        }

        if (message.Contains("block entries are not allowed", StringComparison.OrdinalIgnoreCase)
            || message.Contains("did not find expected key", StringComparison.Ordinal))
        {
            return $"{what} is not valid YAML: {message} Check the indentation: every key starts at the left edge.";
        }

        return $"{what} is not valid YAML: {message} If a value holds a colon, # or a quote, put the value in quotes.";
    }
}
