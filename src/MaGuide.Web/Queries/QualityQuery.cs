using MaGuide.Web.Data;

namespace MaGuide.Web.Queries;

public sealed class QualityQuery(IDbContextFactory<MaGuideDb> factory, StoreMemo memo)
{
    public Task<QualityReport> GetAsync(CancellationToken ct) => memo.GetAsync("QualityQuery.GetAsync", LoadGetAsync, ct);

    private async Task<QualityReport> LoadGetAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return DataQuality.Compute(DataQuality.Load(db));
    }
}
