using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MaGuide.Web.Content;

/// <summary>
/// Turns a guide file into HTML plus what the checks need (headings, links, word count), through the site's one
/// Markdown <see cref="Pipeline"/>. Any exception Markdig throws becomes a <c>file:line</c> problem, never a crash.
/// </summary>
public sealed partial class GuideMarkdown
{
    private readonly IDataTokenSource? tokens;

    /// <param name="tokens">Fills <c>{{ ... }}</c> data tokens from the store; without it every token is an error.</param>
    public GuideMarkdown(IDataTokenSource? tokens = null)
    {
        this.tokens = tokens;
    }

    /// <summary>
    /// The site's one Markdown pipeline, built once. Its extensions are chosen one by one: pipe tables, emphasis
    /// extras, list extras, bare-URL links, GitHub-style heading ids, YAML front matter, data tokens and callouts. Never
    /// generic attributes (they turn text such as <c>{ NAME }</c> into an HTML attribute) and never raw HTML.
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = BuildPipeline();

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.Extensions.AddIfNotAlready<DataTokenExtension>();
        builder.Extensions.AddIfNotAlready<CalloutExtension>();
        return builder
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseAutoLinks()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseYamlFrontMatter()
            .DisableHtml()
            .Build();
    }

    public sealed record Parsed(
        string? FrontMatterYaml,
        int FrontMatterFirstLine,
        string Html,
        IReadOnlyList<GuideHeading> Headings,
        IReadOnlyList<GuideLink> Links,
        IReadOnlyList<FigureNote> Figures,
        int WordCount,
        double? ReadingGrade);

    /// <summary>
    /// Parses and renders one guide. Problems are added to <paramref name="problems"/>; when Markdig itself fails
    /// (e.g. nesting past its depth limit) the result is null and the problem names the line to fix.
    /// </summary>
    public Parsed? Parse(string markdown, string path, List<ContentProblem> problems)
    {
        try
        {
            return ParseOrThrow(markdown, path, problems);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException or NullReferenceException)
        {
            problems.Add(MarkdigFailure.Describe(ex, markdown, path));
            return null;
        }
    }

    private Parsed ParseOrThrow(string markdown, string path, List<ContentProblem> problems)
    {
        var document = Markdown.Parse(markdown, Pipeline);

        string? yaml = null;
        var yamlFirstLine = 1;
        if (document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is { } front)
        {
            var lines = front.Lines.ToString().Split('\n');
            // The block's lines include the opening and closing fences.
            yaml = string.Join('\n', lines.Where(l => l.TrimEnd() != "---"));
            yamlFirstLine = front.Line + 2;
            document.Remove(front);
        }

        var links = new List<GuideLink>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            var line = link.Line + 1;
            var url = link.Url ?? "";
            if (link.IsImage)
            {
                problems.Add(new(path, line, "images are not supported in guides; describe the picture in words or ask for a figure"));
                link.Url = "";
                continue;
            }

            if (LinkProblem(url) is { } message)
            {
                problems.Add(new(path, line, message));
                link.Url = "";
                continue;
            }

            links.Add(new GuideLink(url, line));
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (LinkProblem(autolink.Url) is { } message)
            {
                problems.Add(new(path, autolink.Line + 1, message));
                autolink.Url = "";
                continue;
            }

            links.Add(new GuideLink(autolink.Url, autolink.Line + 1));
        }

        var figures = ResolveTokens(document, path, problems);
        WarnOnTypedFigures(document, path, problems);
        WarnOnRawHtml(document, path, problems);
        CalloutExtension.Check(document, path, problems);

        var headings = new List<GuideHeading>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Level == 1)
            {
                problems.Add(new(path, heading.Line + 1, "a guide's title is its only h1; use ## for sections"));
            }

            if (heading.Level is 2 or 3 && heading.GetAttributes().Id is { Length: > 0 } id)
            {
                headings.Add(new GuideHeading(heading.Level, id, PlainText(heading.Inline)));
            }
        }

        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);

        return new Parsed(yaml, yamlFirstLine, writer.ToString(), headings, links, figures, CountWords(TokenPattern().Replace(StripFrontMatter(markdown), " ")), Readability.Grade(document));
    }

    private List<FigureNote> ResolveTokens(MarkdownDocument document, string path, List<ContentProblem> problems)
    {
        var figures = new List<FigureNote>();
        var resolved = new Dictionary<DataTokenInline, TokenValue>();
        foreach (var token in document.Descendants<DataTokenInline>().ToList())
        {
            var line = token.Line + 1;
            var value = tokens?.Resolve(token.Expression) ?? TokenValue.Error("data tokens need the data store");
            resolved[token] = value;
            if (value.Unchecked)
            {
                token.Html = "";
            }
            else if (value.Problem is { } problem)
            {
                problems.Add(new(path, line, $"token {{{{ {token.Expression} }}}}: {problem}"));
                token.Html = "";
            }
            else if (value.TableHtml is { } table)
            {
                if (token.Parent?.ParentBlock is ParagraphBlock { Parent: { } container } paragraph && StandsAlone(token))
                {
                    container[container.IndexOf(paragraph)] = new DataTableBlock(table);
                }
                else
                {
                    problems.Add(new(path, line, $"token {{{{ {token.Expression} }}}}: a table token must stand alone on its own line"));
                }
            }
            else
            {
                GuideProseChecks.RepeatedUnit(token, value, path, problems);
                var number = figures.Count + 1;
                figures.Add(new FigureNote(number, value.What ?? "", value.SourceText ?? "", value.SourceUrl ?? "", value.SourceKind ?? ""));
                token.Html = $"<span class=\"app-figure\">{HtmlEncoder.Default.Encode(value.Text ?? "")}<sup class=\"app-figure__ref\">" +
                    $"<a href=\"#figure-{number}\" id=\"figure-ref-{number}\" aria-label=\"Source of this figure: note {number}\">{number}</a></sup></span>";
            }
        }

        GuideProseChecks.Attributions(document, resolved, path, problems);
        return figures;
    }

    private static bool StandsAlone(DataTokenInline token) =>
        token.Parent!.All(sibling => sibling == token || (sibling is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()) || sibling is LineBreakInline);

    /// <summary>A dollar amount or percentage typed in prose cannot be kept in step with the data; suggest a token.</summary>
    private static void WarnOnTypedFigures(MarkdownDocument document, string path, List<ContentProblem> problems)
    {
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            if (TypedFigurePattern().Match(literal.Content.ToString()) is { Success: true } match)
            {
                problems.Add(new(path, literal.Line + 1, $"\"{match.Value.Trim()}\" is a figure typed in prose; use a data token such as {{{{ wage national median_annual }}}} so it stays in step with the data", ProblemSeverity.Warning));
            }
        }
    }

    /// <summary>Raw HTML is switched off, so readers would see the tags as text; say so where it is.</summary>
    private static void WarnOnRawHtml(MarkdownDocument document, string path, List<ContentProblem> problems)
    {
        foreach (var leaf in document.Descendants<LeafBlock>().Where(b => b.Inline is not null))
        {
            var text = string.Concat(leaf.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
            if (HtmlTagPattern().Match(text) is { Success: true } match)
            {
                problems.Add(new(path, leaf.Line + 1, $"raw HTML \"{match.Value}\" is shown to readers as text, not as HTML; write it in Markdown instead (e.g. **bold**, lists, links)", ProblemSeverity.Warning));
            }
        }
    }

    /// <summary>Null when the URL is one a guide may use, else the reason it may not.</summary>
    public static string? LinkProblem(string url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "link has no target";
        }

        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return $"link \"{url}\" has no scheme; write the full https:// address";
        }

        if (url.StartsWith('#') || url.StartsWith('/'))
        {
            return null;
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return uri.Scheme is "http" or "https" or "mailto"
                ? null
                : $"link scheme \"{uri.Scheme}:\" is not allowed; use http, https, mailto or a site link starting with /";
        }

        return $"link \"{url}\" is relative; write site links from the root, e.g. {RootedGuideLink(url)}";
    }

    /// <summary>The site link a relative guide link meant: <c>../guides/faq.md#pay</c> becomes <c>/guides/faq#pay</c>.</summary>
    private static string RootedGuideLink(string url)
    {
        var hashAt = url.IndexOf('#', StringComparison.Ordinal);
        var (path, anchor) = hashAt >= 0 ? (url[..hashAt], url[hashAt..]) : (url, "");
        path = path.TrimStart('.', '/');
        path = path.StartsWith("guides/", StringComparison.Ordinal) ? path["guides/".Length..] : path;
        path = path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return $"/guides/{path}{anchor}";
    }

    public static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var parts = new List<string>();
        foreach (var child in inline.Descendants<Inline>())
        {
            switch (child)
            {
                case LiteralInline literal:
                    parts.Add(literal.Content.ToString());
                    break;
                case CodeInline code:
                    parts.Add(code.Content);
                    break;
            }
        }

        return string.Concat(parts).Trim();
    }

    public static string StripFrontMatter(string markdown) => FrontMatterPattern().Replace(markdown, "", 1);

    public static int CountWords(string text) => WordPattern().Count(text);

    [GeneratedRegex(@"\A---\r?\n.*?\r?\n---[ \t]*\r?\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatterPattern();

    [GeneratedRegex(@"\$\s?\d[\d,.]*|\b\d[\d,.]*\s?(%|percent\b)")]
    private static partial Regex TypedFigurePattern();

    [GeneratedRegex(@"<!--|</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>")]
    private static partial Regex HtmlTagPattern();

    [GeneratedRegex(@"\{\{.*?\}\}")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9'’\-]*")]
    private static partial Regex WordPattern();
}
