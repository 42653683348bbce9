using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data;

namespace MaGuide.Web.Tests;

/// <summary>
/// The repository's content/data read through the validating reader, with the computed fields (tier, preferred,
/// confidence, state label) filled in, so page tests compare what a page shows with what the trust rules decided.
/// The rules themselves are tested on fixtures in Data/TrustTests.
/// </summary>
public static class ComputedData
{
    private static readonly Lazy<DataSet> SiteData = new(() =>
    {
        var problems = new List<ContentProblem>();
        return DataSetReader.Read(Fixtures.Site, problems) ?? throw new InvalidOperationException(string.Join('\n', problems));
    });

    public static DataSet Site => SiteData.Value;
}
