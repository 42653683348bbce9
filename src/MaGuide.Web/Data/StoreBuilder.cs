using System.Reflection;
using System.Security.Cryptography;
using MaGuide.Web.ContentFiles;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MaGuide.Web.Data;

/// <summary>Raised when there is no usable store and content/data has errors; start-up stops with the message.</summary>
public sealed class StoreBuildException(IReadOnlyList<ContentProblem> problems)
    : StartupException("the data store cannot be built, and there is no earlier store to serve; fix these problems in content/data:\n" + string.Join('\n', problems))
{
    public IReadOnlyList<ContentProblem> Problems { get; } = problems;
}

/// <summary>What a call to <see cref="StoreBuilder.Ensure"/> did.</summary>
public sealed record StoreBuildResult(bool Rebuilt, string InputHash, IReadOnlyList<ContentProblem> Problems, DataSet? Data);

/// <summary>
/// Builds the SQLite store from content/data/*.csv: validate every row, write a new file inside one transaction,
/// then rename it over the old one, so readers only ever see a complete store. Unchanged CSVs skip the rebuild.
/// </summary>
public static class StoreBuilder
{
    public static StoreBuildResult Ensure(ContentPaths paths, string storePath, bool force = false)
    {
        var hash = InputHash(paths);
        // A store is reused only if it is sound: a damaged file with a readable hash is rebuilt, not served.
        if (!force && IsSoundStoreFor(storePath, hash))
        {
            return new StoreBuildResult(false, hash, [], null);
        }

        var problems = new List<ContentProblem>();
        var data = DataSetReader.Read(paths, problems);
        // A CSV saved while it was being read would leave rows from one version beside the bytes of another: read again.
        for (var attempt = 0; data is not null && attempt < 3 && Hash(StoreBuilder.ReadInputs(paths)) != Hash(data.Files); attempt++)
        {
            problems.Clear();
            data = DataSetReader.Read(paths, problems);
        }

        if (data is null)
        {
            // The previous store (if any) keeps serving; without one there is nothing to serve.
            return File.Exists(storePath) ? new StoreBuildResult(false, hash, problems, null) : throw new StoreBuildException(problems);
        }

        hash = Hash(data.Files);
        Write(data, hash, storePath);
        return new StoreBuildResult(true, hash, problems, data);
    }

    /// <summary>Writes a complete store for <paramref name="data"/> at <paramref name="storePath"/>, atomically.</summary>
    public static void Write(DataSet data, string hash, string storePath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(storePath))!;
        Directory.CreateDirectory(directory);
        var building = Path.Combine(directory, $".{Path.GetFileName(storePath)}.{Guid.NewGuid():n}.building");

        // A shared lock on the file being built tells a starting instance's clean-up that this build is alive.
        File.WriteAllBytes(building, []);
        using var claim = new FileStream(building, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        try
        {
            using (var db = Open(building, readOnly: false))
            {
                db.Database.Migrate();
                using var transaction = db.Database.BeginTransaction();
                db.AddRange(data.Sources);
                db.AddRange(data.Areas);
                db.AddRange(data.Roles);
                db.AddRange(data.ScopeTasks);
                db.SaveChanges();
                db.AddRange(data.RoleFacts);
                db.AddRange(data.Wages);
                db.AddRange(data.MetroWages);
                db.AddRange(data.IndustryWages);
                db.AddRange(data.Projections);
                db.AddRange(data.ScopeRules);
                db.AddRange(data.PriceParities);
                db.AddRange(data.CensusDivisions);
                db.AddRange(data.MetroStates);
                db.AddRange(data.TrainingRoutes);
                db.AddRange(data.Credentials);
                db.SaveChanges();
                db.AddRange(data.TrainingFacts);
                db.AddRange(data.TrainingFunding);
                db.AddRange(data.CredentialRoutes);
                db.AddRange(data.CredentialRules);
                db.AddRange(data.Files.Select(f => new DataFile { Name = f.Key, Bytes = f.Value }));
                db.Add(new StoreInfo { InputHash = hash, BuiltAtUtc = DateTime.UtcNow });
                db.SaveChanges();
                transaction.Commit();

                // EF creates SQLite files in WAL mode; a read-only store is one self-contained file, so it can be
                // renamed over the old one without a stale -wal beside it.
                db.Database.ExecuteSqlRaw("PRAGMA journal_mode=DELETE;");
            }

            SqliteConnection.ClearAllPools();
            File.Move(building, storePath, overwrite: true);
        }
        finally
        {
            if (File.Exists(building))
            {
                SqliteConnection.ClearAllPools();
                File.Delete(building);
            }
        }
    }

    /// <summary>A hash of every CSV (name and bytes) and of the schema, so a new migration also forces a rebuild.</summary>
    public static string InputHash(ContentPaths paths) => Hash(ReadInputs(paths));

    /// <summary>Every <c>content/data/*.csv</c> as raw bytes, by file name (ordinal order); empty when the folder is missing.</summary>
    public static IReadOnlyDictionary<string, byte[]> ReadInputs(ContentPaths paths)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (Directory.Exists(paths.Data))
        {
            foreach (var file in Directory.GetFiles(paths.Data, "*.csv"))
            {
                try
                {
                    files[Path.GetFileName(file)] = File.ReadAllBytes(file);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // The reader reports an unreadable file at its path; the hash simply leaves it out.
                }
            }
        }

        return files;
    }

    /// <summary>
    /// The migrations' ids, comma-separated, in EF's order: fixed for a build of the site. Read from the assembly's
    /// <see cref="MigrationAttribute"/>s as EF itself finds them, so hashing at start-up does not build the EF model
    /// (which the readers' own context builds again, under other options).
    /// </summary>
    internal static string MigrationIds { get; } = string.Join(',', typeof(MaGuideDb).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(Migration))
            && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(MaGuideDb))
        .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
        .OfType<string>()
        .Order(StringComparer.Ordinal));

    /// <summary>SHA-256 (lower-case hex) over the migrations' names and each file's name and bytes, in ordinal name order.</summary>
    public static string Hash(IReadOnlyDictionary<string, byte[]> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes(MigrationIds));
        foreach (var (name, bytes) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(name + "\0"));
            sha.AppendData(bytes);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>True when <paramref name="storePath"/> is a store built from inputs with <paramref name="hash"/> and SQLite finds it whole.</summary>
    public static bool IsSoundStoreFor(string storePath, string hash) =>
        File.Exists(storePath) && StoredHash(storePath) == hash && IsSound(storePath);

    /// <summary>The input hash a store file was built from, or null when it cannot be read (missing, not a store, damaged).</summary>
    public static string? StoredHash(string storePath)
    {
        try
        {
            // Plain SQL: a start-up with an unchanged store should not wait for EF to build its model here.
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = storePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT InputHash FROM StoreInfo LIMIT 1";
            return command.ExecuteScalar() as string;
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    /// <summary>True when SQLite's <c>PRAGMA quick_check</c> finds the file whole.</summary>
    public static bool IsSound(string storePath)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = storePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check";
            return command.ExecuteScalar() as string == "ok";
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    public static string ConnectionString(string path, bool readOnly) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate }.ToString();

    public static MaGuideDb Open(string path, bool readOnly) =>
        new(new DbContextOptionsBuilder<MaGuideDb>()
            .UseSqlite(ConnectionString(path, readOnly))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .Options);
}
