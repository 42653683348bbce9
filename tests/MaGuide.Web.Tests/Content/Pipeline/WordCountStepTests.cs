using MaGuide.Web.Content.Pipeline;

namespace MaGuide.Web.Tests.Content.Pipeline;

public sealed class WordCountStepTests
{
    [Fact]
    public void Words_readers_see_are_counted_once_each()
    {
        // Heading (2) + paragraph (4: "Read", "the", "FAQ", "don't") + list (2) + table cells (4) = 12; the link target is not text.
        var guide = Steps.Run("---\ntitle: Not counted here\n---\n## Two words\n\nRead [the FAQ](https://www.example.org/a-b-c), don't.\n\n- one item\n\n| a | b |\n|---|---|\n| c | d |\n", new FrontMatterStep(), new WordCountStep());

        Assert.Equal(12, guide.WordCount);
    }

    [Fact]
    public void A_figure_token_counts_as_one_word_and_a_table_token_as_none()
    {
        var guide = Steps.Run("Pay is {{ wage national median_annual }} now.\n\n{{ table wages-by-industry }}\n", new TokenStep(new FixedTokens()), new WordCountStep());

        Assert.Equal(4, guide.WordCount);
    }

    [Fact]
    public void The_word_count_and_the_reading_grade_split_words_the_same_way()
    {
        const string prose = "State-by-state rules aren't the same; it's 2026 now.";
        var guide = Steps.Run(prose + "\n", new WordCountStep());

        Assert.Equal(GuideText.Words(prose).Count, guide.WordCount);
        string[] words = ["State", "by", "state", "rules", "aren't", "the", "same", "it's", "2026", "now"];
        Assert.Equal(words, GuideText.Words(prose));
    }
}
