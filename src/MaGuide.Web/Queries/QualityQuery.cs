using MaGuide.Web.Data;

namespace MaGuide.Web.Queries;

public sealed class QualityQuery(IDbContextFactory<MaGuideDb> factory)
{
    public async Task<QualityReport> GetAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return DataQuality.Compute(DataQuality.Load(db));
    }
}
