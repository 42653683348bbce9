using MaGuide.Web.Content.Pipeline;
using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Tests.Content.Pipeline;

public sealed class ProseChecksStepTests
{
    [Theory]
    [InlineData("MAs earn $45,000 a year.", "\"$45,000\" is a figure typed in prose")]
    [InlineData("Jobs grow 12% a year.", "\"12%\" is a figure typed in prose")]
    [InlineData("Use <b>bold</b> here.", "raw HTML \"<b>\" is shown to readers as text")]
    [InlineData("Some states ask for a licence.", "the text spells \"licence\" the British way; this is a US site, so write \"license\"")]
    [InlineData("Compare current figures, with sources, on the compare page.", "\"current figures\" promises figures that are up to date")]
    [InlineData("See the latest pay figures for your state.", "\"latest pay figures\" promises figures that are up to date")]
    public void Typed_figures_raw_html_british_spellings_and_promises_of_current_figures_are_warnings_on_their_line(string markdown, string message)
    {
        var guide = Steps.Run("Intro.\n\n" + markdown + "\n", new ProseChecksStep());

        var problem = Assert.Single(guide.Problems);
        Assert.Equal((3, ProblemSeverity.Warning), (problem.Line, problem.Severity));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("> The board issues each licence for two years.\n")]
    [InlineData("The board says \"each licence lasts two years\".\n")]
    public void A_quotation_keeps_its_sources_spelling(string markdown)
    {
        Assert.Empty(Steps.Run(markdown, new ProseChecksStep()).Problems);
    }

    [Theory]
    [InlineData("You take a blood pressure.\n")]
    [InlineData("Compare the figures we hold, each with its date and source.\n")]
    [InlineData("You keep your current pay while you train.\n")]
    public void Plain_prose_has_no_problem(string markdown)
    {
        Assert.Empty(Steps.Run(markdown, new ProseChecksStep()).Problems);
    }
}
