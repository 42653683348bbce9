namespace MaGuide.Web.Content.Pipeline;

/// <summary>Step 1: reads the file into Markdig's syntax tree with the site's one pipeline (<see cref="GuideSyntax"/>).</summary>
public sealed class ParseStep : IGuideStep
{
    public void Run(GuideDraft guide) => guide.Document = GuideSyntax.Parse(guide.Markdown);
}
