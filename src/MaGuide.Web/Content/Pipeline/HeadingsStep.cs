using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace MaGuide.Web.Content.Pipeline;

/// <summary>
/// Step 6: a guide's title is its only h1, so a <c>#</c> heading in the body is an error; h2 and h3 headings are kept
/// with their ids (GitHub style, set while parsing) for the page's contents list.
/// </summary>
public sealed class HeadingsStep : IGuideStep
{
    public void Run(GuideDraft guide)
    {
        foreach (var heading in guide.Document.Descendants<HeadingBlock>())
        {
            if (heading.Level == 1)
            {
                guide.Problem(heading.Line + 1, "a guide's title is its only h1; use ## for sections");
            }

            if (heading.Level is 2 or 3 && heading.GetAttributes().Id is { Length: > 0 } id)
            {
                guide.Headings.Add(new GuideHeading(heading.Level, id, GuideText.Plain(heading.Inline)));
            }
        }
    }
}
