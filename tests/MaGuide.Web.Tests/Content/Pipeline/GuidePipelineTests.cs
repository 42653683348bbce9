using MaGuide.Web.Content.Pipeline;

namespace MaGuide.Web.Tests.Content.Pipeline;

public sealed class GuidePipelineTests
{
    [Fact]
    public void The_standard_pipeline_runs_its_steps_in_the_documented_order()
    {
        var steps = GuidePipeline.Standard(null).Steps.Select(s => s.GetType()).ToList();

        Assert.Equal(
            new[] { typeof(ParseStep), typeof(FrontMatterStep), typeof(LinkPolicyStep), typeof(TokenStep), typeof(ProseChecksStep), typeof(HeadingsStep), typeof(WordCountStep), typeof(ReadingGradeStep), typeof(TablesStep), typeof(RenderStep) },
            steps);
    }

    [Fact]
    public void A_table_token_is_replaced_before_words_are_counted_and_the_html_is_written()
    {
        var guide = GuidePipeline.Standard(new FixedTokens()).Run("---\ntitle: T\n---\nOne two three.\n\n{{ table wages-by-industry }}\n", Steps.Path, []);

        Assert.Equal(3, guide.WordCount);
        Assert.Contains("<table class=\"fixed\"></table>", guide.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", guide.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Steps_run_over_one_draft_so_each_sees_what_the_earlier_ones_set()
    {
        var guide = GuidePipeline.Standard(null).Run("---\ntitle: T\n---\n## Pay\n\nSee [faq](/guides/faq).\n", Steps.Path, []);

        Assert.Equal("title: T", guide.FrontMatterYaml?.Trim());
        Assert.Equal("pay", Assert.Single(guide.Headings).Id);
        Assert.Equal("/guides/faq", Assert.Single(guide.Links).Url);
        Assert.Contains("<h2 id=\"pay\">Pay</h2>", guide.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("title: T", guide.Html, StringComparison.Ordinal);
    }
}
