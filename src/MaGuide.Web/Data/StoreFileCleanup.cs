namespace MaGuide.Web.Data;

/// <summary>The store folder's clean-up: old versions and leftovers of killed builds that no instance holds.</summary>
public sealed partial class StoreFile
{
    /// <summary>The guide parse cache beside a store version: <c>maguide-0123456789abcdef.db.guides</c>.</summary>
    public const string GuideCacheSuffix = ".guides";

    /// <summary>Removes files no running instance holds: other versions over a minute old, and leftovers of killed builds.</summary>
    public void Clean()
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }

        var stem = System.IO.Path.GetFileNameWithoutExtension(location.Path);
        var extension = System.IO.Path.GetExtension(location.Path);
        var old = DateTime.UtcNow.AddMinutes(-1);
        foreach (var file in Directory.GetFiles(Folder))
        {
            var name = System.IO.Path.GetFileName(file);
            var isVersion = name.StartsWith(stem + "-", StringComparison.Ordinal) && name.EndsWith(extension, StringComparison.Ordinal);
            var isBuild = name.StartsWith("." + stem, StringComparison.Ordinal) && name.EndsWith(".building", StringComparison.Ordinal);
            if ((isVersion && file != Path && File.GetLastWriteTimeUtc(file) < old) || isBuild)
            {
                TryDeleteUnheld(file);
            }
        }

        // Journals and guide parse caches (Content's GuideParseCache) whose database is gone (a build killed before its
        // file was renamed, or a deleted version), and caches a killed process left half-written.
        foreach (var file in Directory.GetFiles(Folder))
        {
            var halfWritten = file.EndsWith(".tmp", StringComparison.Ordinal) && file.Contains(GuideCacheSuffix + ".", StringComparison.Ordinal) && File.GetLastWriteTimeUtc(file) < old;
            if ((DatabaseOf(file) is { } database && !File.Exists(database)) || halfWritten)
            {
                TryDelete(file);
            }
        }
    }

    /// <summary>The database a journal (<c>-wal</c>, <c>-shm</c>, <c>-journal</c>) or guide parse cache belongs to; null for any other file.</summary>
    private static string? DatabaseOf(string file)
    {
        if (file.EndsWith("-wal", StringComparison.Ordinal) || file.EndsWith("-shm", StringComparison.Ordinal) || file.EndsWith("-journal", StringComparison.Ordinal))
        {
            return file[..file.LastIndexOf('-')];
        }

        return file.EndsWith(GuideCacheSuffix, StringComparison.Ordinal) ? file[..^GuideCacheSuffix.Length] : null;
    }

    /// <summary>Deletes a file (and its journals) unless another process holds it: an exclusive lock cannot be had then.</summary>
    private static void TryDeleteUnheld(string file)
    {
        try
        {
            using var exclusive = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.None);
            File.Delete(file);
        }
        catch (IOException)
        {
            return; // held by a running instance or build, or already gone
        }
        catch (UnauthorizedAccessException)
        {
            return; // a read-only folder: nothing can be cleaned
        }

        foreach (var suffix in new[] { "-wal", "-shm", "-journal" })
        {
            TryDelete(file + suffix);
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next start.
        }
    }
}
