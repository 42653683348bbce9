using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Tests.ContentFiles;

/// <summary>The British spellings a reader must not meet on this US site, each with its US form; US words that share a stem and quotations are left alone.</summary>
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
    [InlineData("Organisations that produced it.", "Organisations", "Organizations")]
    [InlineData("Organises the records.", "Organises", "Organizes")]
    [InlineData("a page summarising the law", "summarising", "summarizing")]
    [InlineData("Colours show the pay.", "Colours", "Colors")]
    [InlineData("a favourite route", "favourite", "favorite")]
    [InlineData("the 2020-30 projections as labelled", "labelled", "labeled")]
    [InlineData("Schools let you enrol at 17.", "enrol", "enroll")]
    [InlineData("Enrolment opens in May.", "Enrolment", "Enrollment")]
    [InlineData("a paediatric practice", "paediatric", "pediatric")]
    [InlineData("the haematology lab", "haematology", "hematology")]
    [InlineData("a training programme", "programme", "program")]
    [InlineData("to analyse a sample", "analyse", "analyze")]
    [InlineData("the centre of the state", "centre", "center")]
    [InlineData("it is probably mislabelled", "mislabelled", "mislabeled")]
    [InlineData("Reorganised in 2020.", "Reorganised", "Reorganized")]
    public void A_british_spelling_is_found_and_given_its_us_form(string text, string british, string us)
    {
        Assert.Equal([british], UsSpelling.FindBritish(text));
        Assert.Equal(us, UsSpelling.UsFormOf(british));
    }

    [Theory]
    [InlineData("A license to practice medicine needs judgment.")]
    [InlineData("The rule says \"no person may practise radiologic technology\" without one.")]
    [InlineData("The board wrote “a matter of clinical judgement” in 2019.")]
    [InlineData("She enrolled in a program at a pediatric center; the analyses were labeled and organized.")]
    [InlineData("The emphasis is on practice; the cancellation fee is in the enrollment form.")]
    [InlineData("Its title is \"Organisations and colour\" in the original.")]
    public void Us_spellings_and_quotations_are_left_alone(string text)
    {
        Assert.Empty(UsSpelling.FindBritish(text));
    }
}
