using MaGuide.Web.Content.Pipeline;
using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Content;

/// <summary>
/// Turns a guide file into HTML plus what the checks need (headings, links, figures, word count, reading grade) by
/// running it through the <see cref="GuidePipeline"/>'s steps. Any exception Markdig throws becomes a
/// <c>file:line</c> problem, never a crash.
/// </summary>
public sealed class GuideMarkdown
{
    private readonly GuidePipeline pipeline;
    private readonly IDataTokenSource? tokens;

    /// <param name="tokens">Fills <c>{{ ... }}</c> data tokens from the store; without it every token is an error.</param>
    public GuideMarkdown(IDataTokenSource? tokens = null)
    {
        this.tokens = tokens;
        pipeline = GuidePipeline.Standard(tokens);
    }

    /// <summary>Makes a <see cref="DeferredTokenSource"/> now, on the caller's thread (any other source is ready already).</summary>
    public void LoadTokens() => (tokens as DeferredTokenSource)?.Load();

    /// <summary>What one guide file yields; the front matter is still YAML text (read by <see cref="FrontMatter"/>).</summary>
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
            var guide = pipeline.Run(markdown, path, problems);
            return new Parsed(guide.FrontMatterYaml, guide.FrontMatterFirstLine, guide.Html, guide.Headings, guide.Links, guide.Figures, guide.WordCount, guide.ReadingGrade);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException or NullReferenceException)
        {
            problems.Add(MarkdigFailure.Describe(ex, markdown, path));
            return null;
        }
    }
}
