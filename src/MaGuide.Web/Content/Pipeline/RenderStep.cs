using Markdig.Renderers;

namespace MaGuide.Web.Content.Pipeline;

/// <summary>Step 10: writes the (checked, token-filled) document as HTML with the same pipeline that parsed it.</summary>
public sealed class RenderStep : IGuideStep
{
    public void Run(GuideDraft guide)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        GuideSyntax.Pipeline.Setup(renderer);
        renderer.Render(guide.Document);
        guide.Html = writer.ToString();
    }
}
