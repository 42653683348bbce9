using MaGuide.Web.Content.Pipeline;

namespace MaGuide.Web.Tests.Content.Pipeline;

public sealed class RenderStepTests
{
    [Fact]
    public void The_document_is_written_as_html_with_the_sites_extensions()
    {
        var guide = Steps.Run("## Pay\n\n:::note\nMind this.\n:::\n\n<script>alert(1)</script>\n", new RenderStep());

        Assert.Contains("<h2 id=\"pay\">Pay</h2>", guide.Html, StringComparison.Ordinal);
        Assert.Contains("role=\"note\"", guide.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", guide.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Changes_earlier_steps_made_to_the_document_are_what_gets_written()
    {
        var guide = Steps.Run("[x](javascript:alert(1))\n", new LinkPolicyStep(), new RenderStep());

        Assert.DoesNotContain("javascript", guide.Html, StringComparison.Ordinal);
        Assert.Contains(">x</a>", guide.Html, StringComparison.Ordinal);
    }
}
