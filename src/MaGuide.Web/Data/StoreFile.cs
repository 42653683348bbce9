using MaGuide.Web.ContentFiles;
using Microsoft.Data.Sqlite;

namespace MaGuide.Web.Data;

/// <summary>Raised at start-up when there is no store to serve and none can be written (e.g. a read-only folder).</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The store file this process reads. Each data version has its own file beside <c>Store:Path</c>
/// (<c>store/maguide-&lt;hash&gt;.db</c>), so an instance starting with changed CSVs writes a new file and never
/// swaps one under an instance already serving. The file in use is held with a shared lock; files no instance
/// holds (old versions, and the leftovers of killed builds) are removed at start-up.
/// </summary>
public sealed partial class StoreFile(StoreLocation location, ContentPaths paths, ILogger<StoreFile> logger) : IDisposable
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);
    private readonly Lock gate = new();
    private FileStream? claim;
    private DateTime lastFailedRepair = DateTime.MinValue;

    /// <summary>The versioned file being served; set by <see cref="Prepare"/>.</summary>
    public string Path { get; private set; } = "";

    /// <summary>The hash of the CSVs (and schema) the served file was built from.</summary>
    public string Hash { get; private set; } = "";

    public string Folder => System.IO.Path.GetDirectoryName(location.Path)!;

    /// <summary>The file for one data version: <c>maguide.db</c> + hash → <c>maguide-0123456789abcdef.db</c>.</summary>
    public static string VersionedPath(string basePath, string hash) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(basePath)!,
            $"{System.IO.Path.GetFileNameWithoutExtension(basePath)}-{hash[..16]}{System.IO.Path.GetExtension(basePath)}");

    /// <summary>
    /// Chooses the file to serve: the one for the current CSVs, verified with <c>PRAGMA quick_check</c> and rebuilt if
    /// missing or damaged. With CSV errors, or a folder that cannot be written, the newest good earlier version keeps
    /// serving (logged, with its path). With none, throws <see cref="StoreBuildException"/> (CSV errors) or
    /// <see cref="StoreUnavailableException"/> (nothing can be written).
    /// </summary>
    public StoreBuildResult Prepare()
    {
        var hash = StoreBuilder.InputHash(paths);
        var target = VersionedPath(location.Path, hash);
        StoreBuildResult result;
        try
        {
            result = StoreBuilder.Ensure(paths, target);
            if (!File.Exists(target))
            {
                // CSV errors with no file for this version: fall back to an earlier version below.
                throw new StoreBuildException(result.Problems);
            }

            Use(target, hash);
        }
        catch (Exception ex) when (ex is StoreBuildException or IOException or UnauthorizedAccessException or SqliteException)
        {
            var previous = NewestGoodVersion();
            if (previous is null)
            {
                throw ex is StoreBuildException ? ex : new StoreUnavailableException(
                    $"The data store cannot be written at {target}: {ex.Message}. Make {Folder} writable or set Store:Path to a writable place.", ex);
            }

            if (ex is not StoreBuildException)
            {
                LogKeptPrevious(logger, target, ex.Message, previous.Value.Path);
            }

            Use(previous.Value.Path, previous.Value.Hash);
            result = new StoreBuildResult(false, hash, ex is StoreBuildException build ? build.Problems : [], null);
        }

        Clean();
        return result;
    }

    /// <summary>What a new reader would find: the file opens, passes <c>quick_check</c> and holds this version.</summary>
    public (bool Ok, string Detail) Verify()
    {
        if (!File.Exists(Path))
        {
            return (false, $"{Path} is missing");
        }

        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA quick_check";
            if (check.ExecuteScalar() as string is not "ok" and var problem)
            {
                return (false, $"{Path} is damaged: {problem}");
            }

            check.CommandText = "SELECT InputHash FROM StoreInfo LIMIT 1";
            return check.ExecuteScalar() as string == Hash ? (true, Path) : (false, $"{Path} holds other data than this instance serves");
        }
        catch (SqliteException ex)
        {
            return (false, $"{Path} cannot be read: {ex.Message}");
        }
    }

    /// <summary>
    /// After a fault: readers drop their open connections; if the file is still not right (deleted, truncated,
    /// corrupted) it is rebuilt from the CSVs in place. Returns whether the store is good now.
    /// </summary>
    public bool Heal()
    {
        lock (gate)
        {
            SqliteConnection.ClearAllPools();
            var (ok, detail) = Verify();
            if (ok)
            {
                return true;
            }

            if (DateTime.UtcNow - lastFailedRepair < RetryAfter)
            {
                return false; // a repair just failed; do not rebuild on every faulted request
            }

            LogFault(logger, detail);
            lastFailedRepair = DateTime.UtcNow;
            try
            {
                // Only the same data may be rebuilt under this version's name (the pages' ETags name it).
                if (StoreBuilder.InputHash(paths) != Hash || !StoreBuilder.Ensure(paths, Path, force: true).Rebuilt)
                {
                    LogCannotHeal(logger, Path, "content/data has changed or has errors since this instance started; restart it");
                    return false;
                }

                Use(Path, Hash);
                SqliteConnection.ClearAllPools();
                lastFailedRepair = DateTime.MinValue;
                LogHealed(logger, Path);
                return true;
            }
            catch (Exception ex) when (ex is StoreBuildException or IOException or UnauthorizedAccessException or SqliteException)
            {
                LogCannotHeal(logger, Path, ex.Message);
                return false;
            }
        }
    }

    public void Dispose() => claim?.Dispose();

    private void Use(string path, string hash)
    {
        var previous = claim;
        claim = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        previous?.Dispose();
        (Path, Hash) = (path, hash);
    }

    private (string Path, string Hash)? NewestGoodVersion()
    {
        if (!Directory.Exists(Folder))
        {
            return null;
        }

        var stem = System.IO.Path.GetFileNameWithoutExtension(location.Path);
        return Directory.GetFiles(Folder, $"{stem}-*{System.IO.Path.GetExtension(location.Path)}")
            .Append(location.Path)
            .Where(File.Exists)
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .Select(f => (Path: f, Hash: StoreBuilder.IsSound(f) ? StoreBuilder.StoredHash(f) : null))
            .Where(v => v.Hash is not null)
            .Select(v => ((string Path, string Hash)?)(v.Path, v.Hash!))
            .FirstOrDefault();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store {Target} cannot be written ({Reason}); serving the previous store {StorePath}, built from earlier data")]
    private static partial void LogKeptPrevious(ILogger logger, string target, string reason, string storePath);

    [LoggerMessage(Level = LogLevel.Error, Message = "Store fault: {Detail}")]
    private static partial void LogFault(ILogger logger, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rebuilt the damaged store {StorePath} from content/data; readers reopened it")]
    private static partial void LogHealed(ILogger logger, string storePath);

    [LoggerMessage(Level = LogLevel.Error, Message = "The store {StorePath} cannot be repaired: {Reason}")]
    private static partial void LogCannotHeal(ILogger logger, string storePath, string reason);
}
