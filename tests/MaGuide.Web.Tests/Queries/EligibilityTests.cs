using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data;
using MaGuide.Web.Queries;

namespace MaGuide.Web.Tests.Queries;

/// <summary>Each training background against each credential, using the site's own eligibility routes (content/data).</summary>
public sealed class EligibilityTests
{
    private static readonly IReadOnlyList<CredentialRoute> Routes = Load();

    private static IReadOnlyList<CredentialRoute> Load()
    {
        var problems = new List<ContentProblem>();
        return DataSetReader.Read(Fixtures.Site, problems)!.CredentialRoutes;
    }

    public static TheoryData<string, int, string, EligibilityVerdict> Cases => new()
    {
        { "accredited-program", 0, "cma", EligibilityVerdict.MayQualify },
        { "accredited-program", 0, "rma", EligibilityVerdict.MayQualify },
        { "accredited-program", 0, "ccma", EligibilityVerdict.NoSourcedRoutes },
        { "accredited-program", 0, "ncma", EligibilityVerdict.NoSourcedRoutes },
        { "accredited-program", 0, "wa-ma-c", EligibilityVerdict.MayQualify },
        { "other-program", 0, "cma", EligibilityVerdict.MayQualify },
        { "other-program", 0, "rma", EligibilityVerdict.MayQualify },
        { "other-program", 0, "ccma", EligibilityVerdict.NoSourcedRoutes },
        { "other-program", 0, "ncma", EligibilityVerdict.NoSourcedRoutes },
        { "other-program", 0, "wa-ma-c", EligibilityVerdict.MayQualify },
        { "apprenticeship", 0, "cma", EligibilityVerdict.MayQualify },
        { "apprenticeship", 0, "rma", EligibilityVerdict.MayQualify },
        { "apprenticeship", 0, "ccma", EligibilityVerdict.NoSourcedRoutes },
        { "apprenticeship", 0, "ncma", EligibilityVerdict.NoSourcedRoutes },
        { "apprenticeship", 0, "wa-ma-c", EligibilityVerdict.MayQualify },
        { "on-the-job", 3, "cma", EligibilityVerdict.NoRouteForBackground },
        { "on-the-job", 3, "rma", EligibilityVerdict.MayQualify },
        { "on-the-job", 2, "rma", EligibilityVerdict.NeedsMoreYears },
        { "on-the-job", 0, "rma", EligibilityVerdict.NeedsMoreYears },
        { "on-the-job", 3, "ccma", EligibilityVerdict.NoSourcedRoutes },
        { "on-the-job", 3, "ncma", EligibilityVerdict.NoSourcedRoutes },
        { "on-the-job", 3, "wa-ma-c", EligibilityVerdict.NoRouteForBackground },
        { "military", 0, "cma", EligibilityVerdict.NoRouteForBackground },
        { "military", 0, "rma", EligibilityVerdict.MayQualify },
        { "military", 0, "ccma", EligibilityVerdict.NoSourcedRoutes },
        { "military", 0, "ncma", EligibilityVerdict.NoSourcedRoutes },
        { "military", 0, "wa-ma-c", EligibilityVerdict.NoRouteForBackground },
        { "military", 0, "wa-ma-r", EligibilityVerdict.NoSourcedRoutes },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Each_background_gets_the_verdict_its_routes_give(string background, int years, string credential, EligibilityVerdict expected)
    {
        var answer = Eligibility.Evaluate(credential, Routes, background, years);

        Assert.Equal(expected, answer.Verdict);
        Assert.Equal(expected is EligibilityVerdict.MayQualify or EligibilityVerdict.NeedsMoreYears, answer.Routes.Count > 0);
        Assert.All(answer.Routes, r => Assert.Equal((credential, background), (r.CredentialId, r.Background)));
    }

    [Fact]
    public void Too_few_years_names_the_years_the_route_asks_for()
    {
        var answer = Eligibility.Evaluate("rma", Routes, "on-the-job", 1);

        Assert.Equal(3, answer.YearsNeeded);
    }

    [Fact]
    public void Every_offered_background_is_covered_by_the_theory()
    {
        var covered = Cases.Select(c => (string)c[0]).ToHashSet();

        Assert.All(TrainingBackgrounds.Offered, b => Assert.Contains(b.Key, covered));
    }
}
