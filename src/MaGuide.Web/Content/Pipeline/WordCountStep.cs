namespace MaGuide.Web.Content.Pipeline;

/// <summary>
/// Step 7: the guide's one word count (for its reading time and its structured data): the words readers see in
/// headings, paragraphs, list items and table cells, split by <see cref="GuideText.Words"/> once per guide
/// (<see cref="GuideDraft.Prose"/>; the reading grade reads the same words). Front matter, link targets and Markdown
/// syntax are not words; a figure token counts as one word, and a data table (its own component) counts as none.
/// </summary>
public sealed class WordCountStep : IGuideStep
{
    public void Run(GuideDraft guide) =>
        guide.WordCount = guide.Prose.Sum(leaf => leaf.Words.Count);
}
