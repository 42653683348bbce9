using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Content;

/// <summary>Turns an exception thrown by Markdig while reading a guide into a problem an editor can act on.</summary>
public static class MarkdigFailure
{
    /// <summary>Markdig refuses Markdown nested deeper than this many levels (quotes, lists, brackets or emphasis).</summary>
    public const int DepthLimit = 128;

    /// <summary>
    /// A <c>file:line</c> problem for <paramref name="ex"/>. Markdig's exceptions carry no position; for its depth
    /// limit the line is the first one holding the deepest nesting of quote markers, list indents or brackets.
    /// </summary>
    public static ContentProblem Describe(Exception ex, string markdown, string path)
    {
        if (ex.Message.Contains("too deeply nested", StringComparison.OrdinalIgnoreCase))
        {
            return new(path, DeepestLine(markdown),
                $"Markdown is nested too deeply here (more than {DepthLimit} quotes, lists or brackets inside each other); flatten it");
        }

        return new(path, 1, $"the Markdown could not be read ({ex.Message.Split('\n')[0].Trim()}); the guide is left out until this is fixed");
    }

    private static int DeepestLine(string markdown)
    {
        var (bestLine, bestDepth, number) = (1, -1, 0);
        foreach (var line in markdown.Split('\n'))
        {
            number++;
            var depth = Depth(line);
            if (depth > bestDepth)
            {
                (bestLine, bestDepth) = (number, depth);
            }
        }

        return bestLine;
    }

    /// <summary>Quote markers and indent at the start of the line, plus the deepest run of open brackets or emphasis in it.</summary>
    private static int Depth(string line)
    {
        var leading = 0;
        foreach (var c in line)
        {
            if (c is '>' or ' ' or '\t' or '-' or '*' or '+')
            {
                leading += c is '>' or '-' or '*' or '+' ? 2 : 1;
                continue;
            }

            break;
        }

        var (open, deepest) = (0, 0);
        foreach (var c in line)
        {
            open = c switch
            {
                '[' or '(' or '{' => open + 1,
                ']' or ')' or '}' => Math.Max(0, open - 1),
                _ => open,
            };
            deepest = Math.Max(deepest, open);
        }

        return Math.Max(leading / 2, deepest);
    }
}
