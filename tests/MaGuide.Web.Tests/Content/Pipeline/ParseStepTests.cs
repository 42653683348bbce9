using MaGuide.Web.Content.Pipeline;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace MaGuide.Web.Tests.Content.Pipeline;

public sealed class ParseStepTests
{
    [Fact]
    public void The_guide_is_parsed_with_the_sites_one_pipeline_and_its_extensions()
    {
        var guide = Steps.Run("| a | b |\n|---|---|\n| 1 | 2 |\n\n:::note\nMind this.\n:::\n\nPay {{ wage national median_annual }}.\n");

        Assert.Single(guide.Document.Descendants<Table>());
        Assert.Single(guide.Document.Descendants<Markdig.Extensions.CustomContainers.CustomContainer>());
        Assert.Equal("wage national median_annual", Assert.Single(guide.Document.Descendants<MaGuide.Web.Content.DataTokenInline>()).Expression);
    }

    [Fact]
    public void Parsing_twice_gives_the_same_pipeline_instance()
    {
        Assert.Same(GuideSyntax.Pipeline, GuideSyntax.Pipeline);
    }
}
