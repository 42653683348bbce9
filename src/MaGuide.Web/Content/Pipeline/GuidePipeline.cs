using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Content.Pipeline;

/// <summary>
/// The guide pipeline: an explicit, ordered list of small steps, each with one job. A guide file goes through
/// <see cref="Standard"/> in this order: parse, front matter, link policy, tokens, prose checks, headings, word count,
/// reading grade, tables, render. The order matters: tokens replace table paragraphs before the prose is counted and graded,
/// and refused links are emptied before the HTML is written.
/// </summary>
public sealed class GuidePipeline(IReadOnlyList<IGuideStep> steps)
{
    public IReadOnlyList<IGuideStep> Steps { get; } = steps;

    /// <param name="tokens">Fills <c>{{ ... }}</c> data tokens; without it every token is an error.</param>
    public static GuidePipeline Standard(IDataTokenSource? tokens) => new(
    [
        new ParseStep(),
        new FrontMatterStep(),
        new LinkPolicyStep(),
        new TokenStep(tokens),
        new ProseChecksStep(),
        new HeadingsStep(),
        new WordCountStep(),
        new ReadingGradeStep(),
        new TablesStep(),
        new RenderStep(),
    ]);

    /// <summary>Runs every step in order. Markdig's exceptions pass through (<see cref="GuideMarkdown"/> turns them into problems).</summary>
    public GuideDraft Run(string markdown, string path, List<ContentProblem> problems)
    {
        var guide = new GuideDraft(markdown, path, problems);
        foreach (var step in Steps)
        {
            step.Run(guide);
        }

        return guide;
    }
}
