using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Tests.ContentFiles;

/// <summary>Editors' working notes that readers saw in source titles and board notes are now pipeline words.</summary>
public sealed class ReaderWordsPatternTests
{
    [Theory]
    [InlineData("Medical Board of California: page used for board name and URL", "used for board name")]
    [InlineData("URL may be stale or redirect; check live before publishing", "before publishing")]
    [InlineData("Delegation rules are in B&P Code 2069-2071 (see data/scope).", "see data/scope")]
    [InlineData("Blog post read in database/seeders/MedicalAssistantJobsUsaBlogSeeder.php", "database/seeders/MedicalAssistantJobsUsaBlogSeeder.php")]
    public void An_editors_working_note_is_found(string text, string found)
    {
        Assert.Equal(found, ReaderWords.FindPipelineWords(text));
    }

    [Theory]
    [InlineData("n/a")]
    [InlineData(" N/A ")]
    [InlineData("TBD")]
    [InlineData("?")]
    public void A_placeholder_field_is_found(string value)
    {
        Assert.True(ReaderWords.IsPlaceholder(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("none named")]
    [InlineData("n/a in the source")]
    public void A_field_with_words_or_nothing_is_not_a_placeholder(string value)
    {
        Assert.False(ReaderWords.IsPlaceholder(value));
    }

    [Theory]
    [InlineData("Medical Board of California: the board's web page")]
    [InlineData("the address was not checked live and may have moved")]
    [InlineData("Delegation rules are in B&P Code 2069-2071 (see the task rules above).")]
    public void A_readers_wording_is_left_alone(string text)
    {
        Assert.Null(ReaderWords.FindPipelineWords(text));
    }
}
