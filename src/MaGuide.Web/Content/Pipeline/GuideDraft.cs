using MaGuide.Web.ContentFiles;
using Markdig.Syntax;

namespace MaGuide.Web.Content.Pipeline;

/// <summary>
/// One guide on its way through the <see cref="GuidePipeline"/>: the file's text and path, the problems found so
/// far, and what each step has worked out. Each step reads what earlier steps set and sets its own part.
/// </summary>
public sealed class GuideDraft(string markdown, string path, List<ContentProblem> problems)
{
    private IReadOnlyList<LeafProse>? prose;

    /// <summary>The whole file as the editor wrote it, front matter included.</summary>
    public string Markdown { get; } = markdown;

    /// <summary>The file's path as shown to editors in <c>file:line</c> problems.</summary>
    public string Path { get; } = path;

    public List<ContentProblem> Problems { get; } = problems;

    /// <summary>Markdig's syntax tree, set by <see cref="ParseStep"/>; later steps may change it before it is rendered.</summary>
    public MarkdownDocument Document { get; set; } = new();

    /// <summary>The front matter's YAML without its fences; null when the file has none (set by <see cref="FrontMatterStep"/>).</summary>
    public string? FrontMatterYaml { get; set; }

    /// <summary>The file line of the front matter's first key (1-based).</summary>
    public int FrontMatterFirstLine { get; set; } = 1;

    public List<GuideLink> Links { get; } = [];

    public List<FigureNote> Figures { get; } = [];

    public List<GuideHeading> Headings { get; } = [];

    /// <summary>
    /// Each leaf block's reader text and words (<see cref="GuideText.Leaves"/>), worked out the first time a step asks
    /// (the word count) and shared with the reading grade. Steps that change the text (tokens) run before that.
    /// </summary>
    public IReadOnlyList<LeafProse> Prose => prose ??= GuideText.Leaves(Document);

    public int WordCount { get; set; }

    /// <summary>Flesch-Kincaid grade of the prose; null when the guide has no prose.</summary>
    public double? ReadingGrade { get; set; }

    public string Html { get; set; } = "";

    public void Problem(int line, string message, ProblemSeverity severity = ProblemSeverity.Error) =>
        Problems.Add(new(Path, line, message, severity));
}

/// <summary>One job in the guide pipeline: it reads and updates a <see cref="GuideDraft"/>.</summary>
public interface IGuideStep
{
    void Run(GuideDraft guide);
}
