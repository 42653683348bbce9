using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Tests.ContentFiles;

/// <summary>The British spellings a reader must not meet on this US site, each with its US form; quotations keep theirs.</summary>
public sealed class UsSpellingTests
{
    [Theory]
    [InlineData("A licence is needed.", "licence", "license")]
    [InlineData("Licences vary by state.", "Licences", "Licenses")]
    [InlineData("No one may practise medicine without one.", "practise", "practice")]
    [InlineData("She practised for years.", "practised", "practiced")]
    [InlineData("practising nurses", "practising", "practicing")]
    [InlineData("It needs clinical judgement.", "judgement", "judgment")]
    [InlineData("Judgements differ.", "Judgements", "Judgments")]
    public void A_british_spelling_is_found_and_given_its_us_form(string text, string british, string us)
    {
        Assert.Equal([british], UsSpelling.FindBritish(text));
        Assert.Equal(us, UsSpelling.UsFormOf(british));
    }

    [Theory]
    [InlineData("A license to practice medicine needs judgment.")]
    [InlineData("The rule says \"no person may practise radiologic technology\" without one.")]
    [InlineData("The board wrote “a matter of clinical judgement” in 2019.")]
    public void Us_spellings_and_quotations_are_left_alone(string text)
    {
        Assert.Empty(UsSpelling.FindBritish(text));
    }
}
