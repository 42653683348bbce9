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
/// The site's one Markdown pipeline, built once: advanced extensions, YAML front matter, GitHub-style heading ids,
/// raw HTML disabled. It turns a guide file into HTML plus what the checks need (headings, links, word count).
/// </summary>
public sealed partial class GuideMarkdown
{
    private readonly MarkdownPipeline pipeline;

    public GuideMarkdown()
    {
        pipeline = new MarkdownPipelineBuilder()
            .UseAdvancedExtensions()
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
        int WordCount);

    public Parsed Parse(string markdown, string path, List<ContentProblem> problems)
    {
        var document = Markdown.Parse(markdown, pipeline);

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
        pipeline.Setup(renderer);
        renderer.Render(document);

        return new Parsed(yaml, yamlFirstLine, writer.ToString(), headings, links, CountWords(StripFrontMatter(markdown)));
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

        return $"link \"{url}\" is relative; write site links from the root, e.g. /guides/{url.TrimStart('.', '/')}";
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

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9'’\-]*")]
    private static partial Regex WordPattern();
}
