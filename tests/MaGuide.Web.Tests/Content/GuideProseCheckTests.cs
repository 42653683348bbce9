using MaGuide.Web.Commands;

namespace MaGuide.Web.Tests.Content;

/// <summary>
/// The prose around data tokens (issue #11): a unit the figure already says is not typed again, and prose credits
/// a figure to BLS or federal data only when the figure is official.
/// </summary>
public sealed class GuideProseCheckTests
{
    private static (int Exit, string[] Lines) CheckWith(string body, bool officialSource = true)
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        if (!officialSource)
        {
            var sources = Path.Combine(paths.Data, "sources.csv");
            File.WriteAllText(sources, File.ReadAllText(sources).Replace("good-source,official,", "good-source,secondary,", StringComparison.Ordinal));
        }

        File.WriteAllText(Path.Combine(paths.Guides, "prose.md"), "---\ntitle: Prose\ndescription: Prose.\nsection: pay\nreviewed: 2026-11-01\n---\n" + body + "\nThis is a test. It is short. We read it.\n");
        var output = new StringWriter();
        var exit = CheckCommand.Run(paths, output);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("The median was {{ wage national median_annual }} a year.", "a year")]
    [InlineData("The hourly median was {{ wage national median_hourly }} an hour.", "an hour")]
    public void A_unit_typed_again_after_a_token_that_already_says_it_fails_check(string body, string unit)
    {
        var (exit, lines) = CheckWith(body + "\n");

        Assert.Equal(1, exit);
        Assert.Contains(lines, l => l.StartsWith("content/guides/prose.md:7: token", StringComparison.Ordinal) && l.Contains($"already ends with \"{unit}\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_token_followed_by_other_words_passes()
    {
        var (exit, lines) = CheckWith("The median was {{ wage national median_annual }}, before tax.\n");

        Assert.True(exit == 0, string.Join('\n', lines));
    }

    [Theory]
    [InlineData("BLS projects growth of {{ projection change_percent }}.")]
    [InlineData("According to the BLS, the median was {{ wage national median_annual }}.")]
    [InlineData("Federal projections expect {{ projection annual_openings }} openings.")]
    public void Crediting_bls_passes_when_the_figure_is_official_and_fails_when_it_is_not(string body)
    {
        var official = CheckWith(body + "\n");
        var reported = CheckWith(body + "\n", officialSource: false);

        Assert.True(official.Exit == 0, string.Join('\n', official.Lines));
        Assert.Equal(1, reported.Exit);
        Assert.Contains(reported.Lines, l => l.StartsWith("content/guides/prose.md:7: \"", StringComparison.Ordinal)
            && l.Contains("credits BLS or federal data, but a figure here is not official (reported by one source only)", StringComparison.Ordinal));
    }

    [Fact]
    public void Crediting_bls_with_no_figure_at_all_fails()
    {
        var (exit, lines) = CheckWith("Some figures come straight from the Bureau of Labor Statistics.\n");

        Assert.Equal(1, exit);
        Assert.Contains(lines, l => l.StartsWith("content/guides/prose.md:7:", StringComparison.Ordinal) && l.Contains("no figure in this paragraph comes from an official source", StringComparison.Ordinal));
    }
}
