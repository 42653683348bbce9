using MaGuide.Web.Queries;
using Microsoft.Extensions.Configuration;

namespace MaGuide.Web.Tests.Queries;

public sealed class StoreMemoTests
{
    /// <summary>A memo that remembers nothing, for tests that build queries by hand.</summary>
    public static StoreMemo Off => StoreMemo.None;

    private static StoreMemo Make(bool enabled) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Store:MemoizeQueries"] = enabled ? "true" : "false" }).Build());

    [Fact]
    public async Task The_same_key_is_loaded_once_and_answers_the_same_object_null_included()
    {
        using var memo = Make(enabled: true);
        var loads = 0;
        Task<object?> Load(CancellationToken ct)
        {
            loads++;
            return Task.FromResult<object?>(null);
        }

        var first = await memo.GetAsync("k", Load, CancellationToken.None);
        var second = await memo.GetAsync("k", Load, CancellationToken.None);
        var list = await memo.GetAsync("list", _ => Task.FromResult(new List<int> { 1 }), CancellationToken.None);

        Assert.Null(first);
        Assert.Null(second);
        Assert.Equal(1, loads);
        Assert.Same(list, await memo.GetAsync("list", _ => Task.FromResult(new List<int> { 2 }), CancellationToken.None));
    }

    [Fact]
    public async Task A_load_that_throws_is_not_remembered_so_a_healed_store_is_asked_again()
    {
        using var memo = Make(enabled: true);

        await Assert.ThrowsAsync<InvalidOperationException>(() => memo.GetAsync<int>("k", _ => throw new InvalidOperationException("store damaged"), CancellationToken.None));

        Assert.Equal(7, await memo.GetAsync("k", _ => Task.FromResult(7), CancellationToken.None));
    }

    [Fact]
    public async Task Unique_keys_from_addresses_cannot_grow_it_past_its_capacity()
    {
        using var memo = Make(enabled: true);
        for (var i = 0; i < StoreMemo.Capacity * 3; i++)
        {
            await memo.GetAsync($"StateQuery.FindAreaAsync:x{i}", _ => Task.FromResult(i), CancellationToken.None);
        }

        Assert.InRange(memo.Count, 1, StoreMemo.Capacity);
    }

    [Fact]
    public async Task Switched_off_it_loads_every_time()
    {
        var loads = 0;
        for (var i = 0; i < 3; i++)
        {
            await Off.GetAsync("k", _ => Task.FromResult(++loads), CancellationToken.None);
        }

        Assert.Equal(3, loads);
    }
}
