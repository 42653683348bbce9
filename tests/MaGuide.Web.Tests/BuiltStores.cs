using System.Collections.Concurrent;
using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MaGuide.Web.Tests;

/// <summary>
/// Stores built once per test run and copied where a site or an export expects them. A store is named by the hash of
/// the CSVs it was built from (<see cref="StoreFile.VersionedPath"/>), so a host given a copy finds a sound store for
/// its data and skips the build; every host still gets its own file (some tests damage theirs).
/// </summary>
public static class BuiltStores
{
    private static readonly ConcurrentDictionary<string, Lazy<string>> Built = new(StringComparer.Ordinal);

    /// <summary>
    /// Puts a store for <paramref name="content"/>'s CSVs where a host configured with <c>Store:Path</c> =
    /// <paramref name="storePath"/> looks for it, unless one is there already (a factory derived with
    /// <c>WithWebHostBuilder</c> shares its parent's store, which the parent's host holds open); returns its path.
    /// </summary>
    public static string CopyFor(ContentPaths content, string storePath)
    {
        var target = StoreFile.VersionedPath(storePath, StoreBuilder.InputHash(content));
        return File.Exists(target) ? target : CopyTo(content, target);
    }

    /// <summary>Copies a store built from <paramref name="content"/>'s CSVs to exactly <paramref name="target"/>.</summary>
    public static string CopyTo(ContentPaths content, string target)
    {
        var source = BuiltFrom(content);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(source, target, overwrite: true);
        return target;
    }

    /// <summary>
    /// A read-only context factory over the store built once from <paramref name="content"/>'s CSVs, shared by every
    /// caller with the same CSVs (no copy: it is opened read-only, so no test can change what another reads).
    /// </summary>
    public static IDbContextFactory<MaGuideDb> ReadOnly(ContentPaths content) => new ReadOnlyFactory(BuiltFrom(content));

    private static string BuiltFrom(ContentPaths content) =>
        Built.GetOrAdd(StoreBuilder.InputHash(content), _ => new Lazy<string>(() => Build(content))).Value;

    private sealed class ReadOnlyFactory(string path) : IDbContextFactory<MaGuideDb>
    {
        public MaGuideDb CreateDbContext() => StoreBuilder.Open(path, readOnly: true);
    }

    private static string Build(ContentPaths content)
    {
        var path = Path.Combine(Path.GetTempPath(), "maguide-tests", "built-" + Guid.NewGuid().ToString("n"), "maguide.db");
        var result = StoreBuilder.Ensure(content, path);
        return result.Problems.Any(p => p.IsError) ? throw new InvalidOperationException(string.Join('\n', result.Problems)) : path;
    }
}
