using MaGuide.Web.Commands;
using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data;

namespace MaGuide.Web.Tests.Commands;

/// <summary>The stores <c>check</c> keeps by the hash of the CSVs (<see cref="CheckStores"/>).</summary>
public sealed class CheckStoresTests
{
    private static readonly DataSet Good = DataSetReader.Read(Fixtures.Good, new List<ContentProblem>())!;

    [Fact]
    public void A_second_check_of_the_same_csvs_reuses_the_store_the_first_wrote()
    {
        var data = Unique();

        var first = CheckStores.For(data);
        var second = CheckStores.For(data);

        Assert.True(first.Written);
        Assert.False(second.Written);
        Assert.Equal(first.Path, second.Path);
        Assert.Equal(StoreBuilder.Hash(data.Files), StoreBuilder.StoredHash(second.Path));
    }

    [Fact]
    public void Different_csvs_get_different_stores()
    {
        var one = CheckStores.For(Unique());
        var other = CheckStores.For(Unique());

        Assert.True(other.Written);
        Assert.NotEqual(one.Path, other.Path);
    }

    [Fact]
    public void A_damaged_store_is_written_again_instead_of_read()
    {
        var data = Unique();
        var path = CheckStores.For(data).Path;
        File.WriteAllBytes(path, [.. Enumerable.Repeat((byte)0x42, 4096)]);

        var again = CheckStores.For(data);

        Assert.True(again.Written);
        Assert.True(StoreBuilder.IsSound(again.Path));
        Assert.Equal(StoreBuilder.Hash(data.Files), StoreBuilder.StoredHash(again.Path));
    }

    [Fact]
    public void A_store_unused_for_over_a_day_is_deleted_when_another_is_written_and_a_reused_one_is_kept()
    {
        var stale = CheckStores.For(Unique()).Path;
        var reusedData = Unique();
        var reused = CheckStores.For(reusedData).Path;
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddDays(-2));
        File.SetLastWriteTimeUtc(reused, DateTime.UtcNow.AddDays(-2));

        Assert.False(CheckStores.For(reusedData).Written); // reusing marks it as used now
        var written = CheckStores.For(Unique());

        Assert.True(written.Written);
        Assert.False(File.Exists(stale), "a store unused for two days was kept");
        Assert.True(File.Exists(reused), "a store reused just now was deleted");
    }

    [Fact]
    public void Check_gives_the_same_report_whether_it_writes_the_store_or_reuses_it()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        // A board note no other run has, so this copy's first check must write its store.
        var areas = Path.Combine(paths.Data, "areas.csv");
        File.WriteAllText(areas, File.ReadAllText(areas).Replace("good-source,\n", $"good-source,Note {Guid.NewGuid():n}\n", StringComparison.Ordinal));
        var store = CheckStores.PathFor(DataSetReader.Read(paths, new List<ContentProblem>())!);
        Assert.False(File.Exists(store));
        var first = new StringWriter();
        var second = new StringWriter();

        var firstExit = CheckCommand.Run(paths, first);
        var secondExit = CheckCommand.Run(paths, second);

        Assert.Equal((0, 0), (firstExit, secondExit));
        Assert.True(File.Exists(store), "the first check did not keep its store");
        Assert.Equal(first.ToString(), second.ToString());
        Assert.Contains("check: 2 guides", second.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The good fixture's data with one extra file no other test has, so its store is this test's alone.</summary>
    private static DataSet Unique() => Good with
    {
        Files = new Dictionary<string, byte[]>(Good.Files) { ["unique.csv"] = Guid.NewGuid().ToByteArray() },
    };
}
