using MaGuide.Web.Content.Pipeline;

namespace MaGuide.Web.Tests.Content.Pipeline;

public sealed class LinkPolicyStepTests
{
    [Theory]
    [InlineData("[x](javascript:alert(1))", "link scheme \"javascript:\" is not allowed")]
    [InlineData("[x](//evil.example)", "has no scheme")]
    [InlineData("[x](faq.md#pay)", "is relative; write site links from the root, e.g. /guides/faq#pay")]
    [InlineData("![chart](/chart.png)", "images are not supported")]
    public void A_refused_link_is_an_error_on_its_line_and_loses_its_target(string markdown, string message)
    {
        var guide = Steps.Run("Intro.\n\n" + markdown + "\n", new LinkPolicyStep(), new RenderStep());

        var problem = Assert.Single(guide.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Empty(guide.Links);
        Assert.DoesNotContain("javascript:", guide.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Allowed_links_and_bare_urls_are_kept_with_their_lines()
    {
        var guide = Steps.Run("[a](/guides/faq)\n\n[b](#pay) <https://www.bls.gov/oes/>\n\n[c](mailto:x@example.org)\n", new LinkPolicyStep());

        Assert.Empty(guide.Problems);
        Assert.Equal(new[] { ("/guides/faq", 1), ("#pay", 3), ("mailto:x@example.org", 5), ("https://www.bls.gov/oes/", 3) }, guide.Links.Select(l => (l.Url, l.Line)));
    }
}
