using MaGuide.Web.Content;
using MaGuide.Web.Content.Pipeline;

namespace MaGuide.Web.Tests.Content.Pipeline;

public sealed class HeadingsStepTests
{
    [Fact]
    public void Second_and_third_level_headings_are_kept_with_their_ids_and_text()
    {
        var guide = Steps.Run("## Pay at a glance\n\n### The `p90` figure\n\n#### Too deep\n", new HeadingsStep());

        Assert.Equal(new[] { new GuideHeading(2, "pay-at-a-glance", "Pay at a glance"), new GuideHeading(3, "the-p90-figure", "The p90 figure") }, guide.Headings);
        Assert.Empty(guide.Problems);
    }

    [Fact]
    public void A_first_level_heading_is_an_error_on_its_line()
    {
        var guide = Steps.Run("Intro.\n\n# Title again\n", new HeadingsStep());

        var problem = Assert.Single(guide.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("only h1", problem.Message, StringComparison.Ordinal);
    }
}
