using MaGuide.Web.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace MaGuide.Web.Tests.Queries;

/// <summary>
/// The state pages' Census-division neighbours and the two-state comparison come from the store memo: measured before,
/// the neighbours query alone was most of an uncached /states/ca render (455 renders/s against 1,800 for a guide).
/// </summary>
[Collection(SiteTests.Name)]
public sealed class StatePairMemoTests(SiteFactory site)
{
    [Fact]
    public async Task Neighbours_and_pairs_are_asked_of_the_store_once()
    {
        var pairs = site.Services.GetRequiredService<StatePairQuery>();
        var ct = CancellationToken.None;

        var neighbours = await pairs.NeighboursAsync("CA", ct);
        Assert.Same(neighbours, await pairs.NeighboursAsync("CA", ct));
        Assert.Contains(neighbours, n => n.Code == "OR");

        var pair = await pairs.CompareAsync("CA", "TX", ct);
        Assert.NotNull(pair);
        Assert.Same(pair, await pairs.CompareAsync("CA", "TX", ct));
    }
}
