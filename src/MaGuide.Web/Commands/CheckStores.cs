using System.Security.Cryptography;
using System.Text;
using MaGuide.Web.Data;

namespace MaGuide.Web.Commands;

/// <summary>
/// The stores <c>check</c> resolves guides' data tokens against, kept in the temporary folder
/// (<c>maguide-check/&lt;key&gt;.db</c>) under a key made of the hash of the CSVs they were built from and of this build
/// of the site. An editor who runs <c>check</c> again after changing only a guide reuses the store instead of writing
/// it again (migrations and every row: 150–180 ms warm, about a second of a fresh process's start); a changed CSV, a
/// new migration or a new build of the site gives a new key. A store unused for a day is deleted by the next
/// <c>check</c> that builds one.
/// </summary>
public static class CheckStores
{
    private static readonly TimeSpan Unused = TimeSpan.FromDays(1);

    /// <summary>This build of the site: the mapping from rows to tables can change without a migration.</summary>
    private static readonly string Build = typeof(CheckStores).Assembly.ManifestModule.ModuleVersionId.ToString("n");

    /// <summary>The folder the stores are kept in, under the system's temporary folder.</summary>
    public static string Folder => Path.Combine(Path.GetTempPath(), "maguide-check");

    /// <summary>
    /// The path of a sound store holding <paramref name="data"/>, and whether this call wrote it (false: reused). A
    /// missing or damaged store is written again, atomically (<see cref="StoreBuilder.Write"/>), so a check running at
    /// the same time never opens half a file. Throws what <see cref="StoreBuilder.Write"/> throws (an I/O or SQLite
    /// error) when the temporary folder cannot be written.
    /// </summary>
    public static (string Path, bool Written) For(DataSet data)
    {
        var hash = StoreBuilder.Hash(data.Files);
        var path = PathFor(hash);
        if (StoreBuilder.IsSoundStoreFor(path, hash))
        {
            Touch(path);
            return (path, false);
        }

        try
        {
            StoreBuilder.Write(data, hash, path);
        }
        catch (IOException) when (StoreBuilder.IsSoundStoreFor(path, hash))
        {
            // Another check wrote the same store a moment earlier and holds it open (renaming over an open file fails
            // on Windows): it is the store this one would have written.
            return (path, false);
        }

        DeleteUnused(path);
        return (path, true);
    }

    /// <summary>Where the store for <paramref name="data"/> is kept (whether or not it has been written yet).</summary>
    public static string PathFor(DataSet data) => PathFor(StoreBuilder.Hash(data.Files));

    private static string PathFor(string hash) =>
        Path.Combine(Folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hash + "\0" + Build)))[..32] + ".db");

    /// <summary>Marks a reused store as used now, so the clean-up keeps it.</summary>
    private static void Touch(string path)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Read-only or in use: the store still serves; at worst a later check writes it again.
        }
    }

    private static void DeleteUnused(string keep)
    {
        foreach (var file in Directory.EnumerateFiles(Folder, "*.db"))
        {
            try
            {
                if (file != keep && DateTime.UtcNow - File.GetLastWriteTimeUtc(file) > Unused)
                {
                    File.Delete(file);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // In use by another check, or not ours to delete: leave it.
            }
        }
    }
}
