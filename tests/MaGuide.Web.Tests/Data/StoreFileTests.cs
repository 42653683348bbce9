using System.Diagnostics;
using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace MaGuide.Web.Tests.Data;

/// <summary>One store file per data version: verified at start, never swapped under another instance, cleaned, read-only safe.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class StoreFileTests
{
    private static string NewBasePath() => Path.Combine(Path.GetTempPath(), "maguide-tests", Guid.NewGuid().ToString("n"), "store", "maguide.db");

    private static StoreFile Instance(string basePath, ContentPaths paths) => new(new StoreLocation(basePath), paths, NullLogger<StoreFile>.Instance);

    private static ContentPaths ChangedCopy()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        var file = Path.Combine(paths.Data, "role_facts.csv");
        var lines = File.ReadAllLines(file);
        lines[1] = "medical-assistant,training_length,About nine months,good-source,";
        File.WriteAllLines(file, lines);
        return paths;
    }

    private static byte[] Bytes(string path)
    {
        SqliteConnection.ClearAllPools();
        return File.ReadAllBytes(path);
    }

    [Fact]
    public void A_second_instance_with_changed_data_writes_its_own_file_and_the_first_keeps_its_own()
    {
        var basePath = NewBasePath();
        using var first = Instance(basePath, Fixtures.CopyOf(Fixtures.Good));
        first.Prepare();
        var before = Bytes(first.Path);

        using var second = Instance(basePath, ChangedCopy());
        second.Prepare();

        Assert.NotEqual(first.Path, second.Path);
        Assert.Equal(before, Bytes(first.Path));
        Assert.True(first.Verify().Ok);
        Assert.True(second.Verify().Ok);
        using var db = StoreBuilder.Open(second.Path, readOnly: true);
        Assert.Equal("About nine months", db.RoleFacts.Single(f => f.RoleSlug == "medical-assistant").Value);
    }

    [Fact]
    public void Start_up_removes_versions_no_instance_holds_and_the_leftovers_of_killed_builds()
    {
        var basePath = NewBasePath();
        var old = Instance(basePath, Fixtures.CopyOf(Fixtures.Good));
        old.Prepare();
        var oldFile = old.Path;
        old.Dispose();
        File.SetLastWriteTimeUtc(oldFile, DateTime.UtcNow.AddHours(-1));
        var folder = Path.GetDirectoryName(basePath)!;
        var killed = Path.Combine(folder, $".maguide-0123456789abcdef.db.{Guid.NewGuid():n}.building");
        var halfWrittenCache = Path.Combine(folder, "maguide-fedcba9876543210.db.guides.4242.tmp");
        foreach (var leftover in new[] { killed, killed + "-wal", killed + "-shm", Path.Combine(folder, "maguide-fedcba9876543210.db-wal"), oldFile + ".guides", halfWrittenCache })
        {
            File.WriteAllText(leftover, "left by a killed import");
        }

        File.SetLastWriteTimeUtc(halfWrittenCache, DateTime.UtcNow.AddHours(-1));

        using var current = Instance(basePath, ChangedCopy());
        current.Prepare();

        Assert.Equal([Path.GetFileName(current.Path)], Directory.GetFiles(folder).Select(Path.GetFileName));

        // The guide parse cache beside the version being served stays.
        File.WriteAllText(current.Path + ".guides", "{}");
        current.Clean();
        Assert.True(File.Exists(current.Path + ".guides"));
    }

    [Fact]
    public void A_version_another_instance_is_serving_is_never_removed()
    {
        var basePath = NewBasePath();
        using var serving = Instance(basePath, Fixtures.CopyOf(Fixtures.Good));
        serving.Prepare();
        File.SetLastWriteTimeUtc(serving.Path, DateTime.UtcNow.AddHours(-1));

        using var other = Instance(basePath, ChangedCopy());
        other.Prepare();

        Assert.True(File.Exists(serving.Path));
        Assert.True(serving.Verify().Ok);
    }

    [Fact]
    public void A_damaged_store_whose_hash_still_reads_is_rebuilt_at_start_not_served()
    {
        var basePath = NewBasePath();
        var paths = Fixtures.CopyOf(Fixtures.Good);
        var store = StoreFile.VersionedPath(basePath, StoreBuilder.InputHash(paths));
        StoreBuilder.Ensure(paths, store);
        var good = Bytes(store);
        var damaged = false;
        for (var page = good.Length / 4096 - 1; page > 1 && !damaged; page--)
        {
            var bytes = (byte[])good.Clone();
            Array.Fill(bytes, (byte)0x5A, page * 4096, 4096);
            File.WriteAllBytes(store, bytes);
            SqliteConnection.ClearAllPools();
            damaged = StoreBuilder.StoredHash(store) is not null && !StoreBuilder.IsSound(store);
        }

        Assert.True(damaged, "no page could be damaged with the hash still readable");
        using var instance = Instance(basePath, paths);

        var result = instance.Prepare();

        Assert.True(result.Rebuilt);
        Assert.True(instance.Verify().Ok);
    }

    [Fact]
    public void A_read_only_folder_keeps_serving_the_previous_store_and_with_none_says_what_to_do()
    {
        var basePath = NewBasePath();
        using (var previous = Instance(basePath, Fixtures.CopyOf(Fixtures.Good)))
        {
            previous.Prepare();
        }

        var folder = Path.GetDirectoryName(basePath)!;
        using (ReadOnly(folder))
        {
            using var instance = Instance(basePath, ChangedCopy());
            instance.Prepare();
            Assert.True(instance.Verify().Ok);
            Assert.StartsWith(folder, instance.Path, StringComparison.Ordinal);

            var emptyBase = Path.Combine(folder, "sub", "maguide.db");
            using var nothing = Instance(emptyBase, ChangedCopy());
            var error = Assert.Throws<StoreUnavailableException>(() => nothing.Prepare());
            Assert.Contains("cannot be written", error.Message, StringComparison.Ordinal);
            Assert.Contains("Store:Path", error.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>Makes a folder unwritable for the test's user: permissions, and for root (who ignores them) the immutable attribute.</summary>
    private static Restore ReadOnly(string folder)
    {
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        var immutable = Environment.UserName == "root" && Process.Start("chattr", ["+i", folder])!.WaitForExitAsync().Wait(5000);
        try
        {
            File.WriteAllText(Path.Combine(folder, "probe"), "");
            Assert.Fail($"{folder} could not be made read-only for this test");
        }
        catch (UnauthorizedAccessException)
        {
        }
        catch (IOException)
        {
        }

        return new Restore(() =>
        {
            if (immutable)
            {
                Process.Start("chattr", ["-i", folder])!.WaitForExit();
            }

            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        });
    }

    private sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}
