using MaGuide.Web.Commands;
using MaGuide.Web.Content;

namespace MaGuide.Web.Tests.Content;

/// <summary>Data tokens in guides, resolved by <c>check</c> against a store built from the fixture's CSVs.</summary>
public sealed class DataTokenTests
{
    private static (int Exit, string[] Lines, ContentPaths Paths) CheckWith(string body)
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        File.WriteAllText(Path.Combine(paths.Guides, "tokens.md"), "---\ntitle: Tokens\ndescription: Tokens.\nsection: pay\nreviewed: 2026-11-01\n---\n" + body);
        var output = new StringWriter();
        var exit = CheckCommand.Run(paths, output);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), paths);
    }

    [Fact]
    public void Known_tokens_resolve_and_check_passes()
    {
        var (exit, lines, _) = CheckWith("Median {{ wage national median_annual }}, hourly {{ wage national median_hourly }}, CA {{ wage ca median_annual }}, growth {{ projection change_percent }}.\n\nPrices {{ price ca rpp }} in {{ price ca year }}. It buys {{ adjusted ca }}.\n\n{{ table compare cna }}\n\n{{ table wages-by-state }}\n");

        Assert.True(exit == 0, string.Join('\n', lines));
    }

    [Theory]
    [InlineData("{{ wage national median_yearly }}", "content/guides/tokens.md:9: token {{ wage national median_yearly }}: measure \"median_yearly\"")]
    [InlineData("{{ wage zz median_annual }}", "content/guides/tokens.md:9: token {{ wage zz median_annual }}: area \"zz\" is not")]
    [InlineData("{{ wage ny median_annual }}", "content/guides/tokens.md:9: token {{ wage ny median_annual }}: the data has no median_annual for medical assistants in New York")]
    [InlineData("{{ price ny rpp }}", "content/guides/tokens.md:9: token {{ price ny rpp }}: the data has no price parity for New York")]
    [InlineData("{{ price ca level }}", "content/guides/tokens.md:9: token {{ price ca level }}: measure \"level\" is not one of rpp, year")]
    [InlineData("{{ adjusted national }}", "content/guides/tokens.md:9: token {{ adjusted national }}: area \"national\" is not a state code")]
    [InlineData("{{ adjusted ny }}", "content/guides/tokens.md:9: token {{ adjusted ny }}: the data has no price parity for New York")]
    [InlineData("{{ salary }}", "content/guides/tokens.md:9: token {{ salary }}: unknown token")]
    [InlineData("{{ table compare wizard }}", "content/guides/tokens.md:9: token {{ table compare wizard }}: no role \"wizard\"")]
    [InlineData("See {{ table compare cna }} here", "content/guides/tokens.md:9: token {{ table compare cna }}: a table token must stand alone on its own line")]
    public void An_unresolved_token_is_an_error_with_file_and_line(string body, string expected)
    {
        var (exit, lines, _) = CheckWith("Intro.\n\n" + body + "\n");

        Assert.Equal(1, exit);
        Assert.Contains(lines, l => l.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("MAs earn $45,000 a year.")]
    [InlineData("Jobs will grow 12% by 2034.")]
    [InlineData("Jobs will grow 12 percent by 2034.")]
    public void A_typed_figure_in_prose_is_a_warning(string body)
    {
        var (exit, lines, _) = CheckWith(body + "\n");

        Assert.Equal(0, exit);
        Assert.Contains(lines, l => l.StartsWith("content/guides/tokens.md:7: warning:", StringComparison.Ordinal) && l.Contains("typed in prose", StringComparison.Ordinal));
    }

    [Fact]
    public void Links_to_data_pages_are_checked_against_the_data()
    {
        var (exit, lines, _) = CheckWith("[ok](/states/ca) [ok](/states/new-york) [ok](/scope/injections) [ok](/compare/cna) [ok](/data/wages.csv)\n\n[bad](/states/zz) [bad](/scope/flying) [bad](/compare/wizard) [bad](/data/secrets.csv)\n");

        Assert.Equal(1, exit);
        Assert.Equal(4, lines.Count(l => l.StartsWith("content/guides/tokens.md:9: link to", StringComparison.Ordinal)));
    }
}
