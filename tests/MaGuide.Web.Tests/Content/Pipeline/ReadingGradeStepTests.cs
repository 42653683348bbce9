using MaGuide.Web.Content;
using MaGuide.Web.Content.Pipeline;

namespace MaGuide.Web.Tests.Content.Pipeline;

public sealed class ReadingGradeStepTests
{
    [Fact]
    public void The_grade_is_the_flesch_kincaid_grade_of_the_parsed_prose()
    {
        var guide = Steps.Run("You take a blood pressure. You walk the patient to a room.\n", new ReadingGradeStep());

        Assert.NotNull(guide.ReadingGrade);
        Assert.Equal(Readability.Grade(GuideText.Leaves(GuideSyntax.Parse("You take a blood pressure. You walk the patient to a room."))), guide.ReadingGrade);
        Assert.InRange(guide.ReadingGrade.Value, -4, 3);
    }

    [Fact]
    public void A_guide_with_only_headings_has_no_grade()
    {
        Assert.Null(Steps.Run("## Only a heading\n", new ReadingGradeStep()).ReadingGrade);
    }
}
