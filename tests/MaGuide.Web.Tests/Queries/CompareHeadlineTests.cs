using MaGuide.Web.Data.Trust;
using MaGuide.Web.Queries;

namespace MaGuide.Web.Tests.Queries;

/// <summary>/compare leads with the projection the trust rules choose, like the wage pages (issue #11 point 6).</summary>
public sealed class CompareHeadlineTests
{
    [Fact]
    public async Task An_older_official_projection_leads_over_a_newer_one_reported_by_one_page()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        File.AppendAllText(Path.Combine(paths.Data, "sources.csv"), "career-blog,secondary,A blog quoting BLS,A career blog,https://blog.example.org/ma,2025-35,undated,\n");
        File.AppendAllText(Path.Combine(paths.Data, "projections.csv"), "medical-assistant,2025,2035,820000,950000,130000,15,120000,career-blog,,\n");
        var roles = await new CompareQuery(BuiltStores.ReadOnly(paths), StoreMemoTests.Off).AllAsync(CancellationToken.None);

        var outlook = Assert.IsType<ProjectionView>(roles.Single(r => r.Slug == "medical-assistant").Outlook);
        Assert.Equal((2024, 2034, 12m), (outlook.BaseYear, outlook.TargetYear, outlook.ChangePercent));
        Assert.Equal(TrustTier.Official, outlook.Tier);
        Assert.Equal("2024–2034", outlook.PeriodInWords);
    }
}
