using MaGuide.Web.Commands;
using MaGuide.Web.Content;
using MaGuide.Web.Content.Pipeline;

namespace MaGuide.Web.Tests.Content;

public sealed class ReadabilityTests
{
    /// <summary>The grade of some prose, parsed with the guides' one Markdown pipeline.</summary>
    private static double Grade(string prose) => Readability.Grade(GuideText.Leaves(GuideSyntax.Parse(prose))) ?? 0;

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("table", 2)]
    [InlineData("medical", 3)]
    [InlineData("assistant", 3)]
    [InlineData("certification", 5)]
    [InlineData("made", 1)]
    public void Syllables_are_counted_from_vowel_groups(string word, int expected)
    {
        Assert.Equal(expected, Readability.Syllables(word));
    }

    [Fact]
    public void Short_plain_sentences_score_a_low_grade()
    {
        var grade = Grade("You take a blood pressure. You walk the patient to a room. You write it down.");

        Assert.InRange(grade, -4, 3);
    }

    [Fact]
    public void Long_sentences_of_long_words_score_a_high_grade()
    {
        var grade = Grade("Consequently, the administrative organization's comprehensive evaluation demonstrated substantial institutional inefficiencies regarding interdepartmental communication, documentation standardization and regulatory compliance considerations.");

        Assert.True(grade > 20, $"grade {grade}");
    }

    [Fact]
    public void Tables_and_headings_do_not_count_towards_the_grade()
    {
        var plain = Grade("You take a blood pressure. You walk the patient to a room.");
        var withTable = Grade("## Extraordinarily complicated organizational considerations\n\nYou take a blood pressure. You walk the patient to a room.\n\n| Interdepartmental standardization | Institutional documentation |\n|---|---|\n| Considerations | Inefficiencies |\n");

        Assert.Equal(plain, withTable);
    }

    [Fact]
    public void A_guide_above_grade_nine_fails_check_with_its_file_and_line()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        File.WriteAllText(
            Path.Combine(paths.Guides, "dense.md"),
            "---\ntitle: Dense\ndescription: Hard to read.\nsection: basics\nreviewed: 2026-11-01\n---\n" +
            "Consequently, the administrative organization's comprehensive evaluation demonstrated substantial institutional inefficiencies regarding interdepartmental communication.\n");
        var output = new StringWriter();

        var exit = CheckCommand.Run(paths, output);

        Assert.Equal(1, exit);
        Assert.Contains("content/guides/dense.md:7: reading grade", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_prints_every_guides_reading_grade_in_its_summary()
    {
        var summary = SiteCheck.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        foreach (var file in Directory.GetFiles(Fixtures.Site.Guides, "*.md"))
        {
            Assert.Matches($@"{Path.GetFileNameWithoutExtension(file)} \d+\.\d", summary);
        }
    }
}
