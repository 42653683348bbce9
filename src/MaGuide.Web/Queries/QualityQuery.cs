using MaGuide.Web.Data;

namespace MaGuide.Web.Queries;

public sealed class QualityQuery(IDbContextFactory<MaGuideDb> factory)
{
    public async Task<QualityReport> GetAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return DataQuality.Compute(DataQuality.Load(db));
    }

    /// <summary>Medical assistant pay coverage and comparability across the states, from the store.</summary>
    public async Task<PayCoverage> PayAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return PayCoverage.Compute(DataQuality.Load(db));
    }
}
