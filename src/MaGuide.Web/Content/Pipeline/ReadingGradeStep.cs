namespace MaGuide.Web.Content.Pipeline;

/// <summary>Step 8: the Flesch-Kincaid grade of the guide's prose (<see cref="Readability"/>); the loader reports a grade above the limit.</summary>
public sealed class ReadingGradeStep : IGuideStep
{
    public void Run(GuideDraft guide) => guide.ReadingGrade = Readability.Grade(guide.Prose);
}
