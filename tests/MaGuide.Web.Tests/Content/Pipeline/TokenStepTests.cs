using MaGuide.Web.Content;
using MaGuide.Web.Content.Pipeline;

namespace MaGuide.Web.Tests.Content.Pipeline;

public sealed class TokenStepTests
{
    [Fact]
    public void A_figure_token_becomes_numbered_escaped_text_with_a_note()
    {
        var guide = Steps.Run("Pay is {{ wage national median_annual }} and {{ wage ca median_annual }}.\n", new TokenStep(new FixedTokens()), new RenderStep());

        Assert.Empty(guide.Problems);
        int[] numbers = [1, 2];
        Assert.Equal(numbers, guide.Figures.Select(f => f.Number));
        Assert.Equal("Median annual wage", guide.Figures[0].What);
        Assert.Contains("$42,000 a year<sup class=\"app-figure__ref\"><a href=\"#figure-1\" id=\"figure-ref-1\"", guide.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;$50,000&gt;", guide.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_shows_its_period_in_brackets_once_per_paragraph_unless_the_words_give_it_or_its_year()
    {
        var guide = Steps.Run(
            "Pay was {{ wage national median_hourly }} or {{ wage national mean_annual }}; Texas {{ wage tx mean_annual }}.\n\n" +
            "Again {{ wage national median_hourly }}.\n\nIn May 2023 the mean was {{ wage national mean_annual }}.\n\n" +
            "Since 2019, Texas paid {{ wage tx mean_annual }}.\n\n" +
            "Jobs grow {{ projection change_percent }} by {{ projection target_year }}.\n",
            new TokenStep(new FixedTokens()), new RenderStep());

        Assert.Empty(guide.Problems);
        var paragraphs = guide.Html.Split("</p>");
        Assert.Contains("$20.19 an hour <span class=\"app-figure__period\">(May 2023)</span><sup", paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("$43,350 a year<sup", paragraphs[0], StringComparison.Ordinal); // May 2023 is already given in this paragraph
        Assert.Contains("$38,000 a year <span class=\"app-figure__period\">(May 2019)</span><sup", paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("$20.19 an hour <span class=\"app-figure__period\">(May 2023)</span><sup", paragraphs[1], StringComparison.Ordinal);
        Assert.Contains("$43,350 a year<sup", paragraphs[2], StringComparison.Ordinal); // the words say May 2023
        Assert.DoesNotContain("app-figure__period", paragraphs[2], StringComparison.Ordinal);
        Assert.DoesNotContain("app-figure__period", paragraphs[3], StringComparison.Ordinal); // a year of "May 2019" is in the words
        Assert.DoesNotContain("app-figure__period", paragraphs[4], StringComparison.Ordinal); // a later token gives 2034
    }

    [Theory]
    [InlineData("{{ salary }}", "token {{ salary }}: unknown token")]
    [InlineData("{{ wage zz median_annual }}", "token {{ wage zz median_annual }}: not in the fixed set")]
    [InlineData("See {{ table wages-by-industry }} here", "a table token must stand alone on its own line")]
    public void A_token_that_does_not_resolve_is_an_error_on_its_line_and_renders_nothing(string markdown, string message)
    {
        var guide = Steps.Run("Intro.\n\n" + markdown + "\n", new TokenStep(new FixedTokens()), new RenderStep());

        var problem = Assert.Single(guide.Problems);
        Assert.Equal($"{Steps.Path}:3: ", problem.ToString()[..($"{Steps.Path}:3: ".Length)]);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", guide.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("fixed", guide.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_token_alone_on_its_line_replaces_its_paragraph()
    {
        var guide = Steps.Run("Intro.\n\n{{ table wages-by-industry }}\n", new TokenStep(new FixedTokens()), new RenderStep());

        Assert.Empty(guide.Problems);
        Assert.Contains("<table class=\"fixed\"></table>", guide.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<p><table", guide.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_token_source_every_token_is_an_error()
    {
        var guide = Steps.Run("Pay {{ wage national median_annual }}.\n", new TokenStep(null));

        Assert.Contains("data tokens need the data store", Assert.Single(guide.Problems).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wage national median_annual", "WageToken { Area = national, Measure = median_annual, Role = medical-assistant }")]
    [InlineData("wage ca p90_hourly cna", "WageToken { Area = ca, Measure = p90_hourly, Role = cna }")]
    [InlineData("table compare cna", "TableToken { Kind = Compare, Role = cna }")]
    [InlineData("table   wages-by-state", "TableToken { Kind = WagesByState, Role =  }")]
    [InlineData("table nonsense", "UnknownToken { Problem = unknown token; see content/README.md for the tokens you can use }")]
    public void The_grammar_reads_an_expression_into_a_typed_token(string expression, string expected)
    {
        Assert.Equal(expected, DataToken.Parse(expression).ToString());
    }
}
