using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;

namespace MaGuide.Web.Content.Pipeline;

/// <summary>
/// The site's one Markdown pipeline, built once and shared by parsing (<see cref="ParseStep"/>) and rendering
/// (<see cref="RenderStep"/>). Its extensions are chosen one by one: pipe tables, emphasis extras, list extras,
/// bare-URL links, GitHub-style heading ids, YAML front matter, data tokens and callouts. Never generic attributes
/// (they turn text such as <c>{ NAME }</c> into an HTML attribute) and never raw HTML.
/// </summary>
public static class GuideSyntax
{
    public static MarkdownPipeline Pipeline { get; } = Build();

    /// <summary>Parses Markdown into Markdig's syntax tree. Markdig may throw on hostile input (see <see cref="MarkdigFailure"/>).</summary>
    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    private static MarkdownPipeline Build()
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
}
