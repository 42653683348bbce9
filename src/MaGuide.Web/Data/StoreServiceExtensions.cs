using MaGuide.Web.Content;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;

namespace MaGuide.Web.Data;

/// <summary>
/// Where the store lives: <c>Store:Path</c>, else <c>store/maguide.db</c> beside the content folder. The file
/// actually served carries the data version in its name (see <see cref="StoreFile"/>).
/// </summary>
public sealed record StoreLocation(string Path)
{
    public static StoreLocation From(IConfiguration configuration, ContentPaths paths) =>
        new(configuration["Store:Path"] is { Length: > 0 } configured
            ? System.IO.Path.GetFullPath(configured)
            : System.IO.Path.GetFullPath(System.IO.Path.Combine(paths.Root, "..", "store", "maguide.db")));
}

public static partial class StoreServiceExtensions
{
    /// <summary>The read-only, no-tracking store and the queries the pages ask.</summary>
    public static WebApplicationBuilder AddStore(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => StoreLocation.From(builder.Configuration, sp.GetRequiredService<ContentPaths>()));
        builder.Services.AddSingleton<StoreFile>();
        builder.Services.AddDbContextFactory<MaGuideDb>((sp, options) => options
            .UseSqlite(StoreBuilder.ConnectionString(ServedPath(sp.GetRequiredService<StoreFile>()), readOnly: true))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        builder.Services.AddHostedService<StoreWatcher>();
        builder.Services.AddExceptionHandler<StoreFaultHandler>();
        builder.Services.AddSingleton<Queries.StoreMemo>();
        builder.Services.AddSingleton<Queries.SalaryQuery>();
        builder.Services.AddSingleton<Queries.StateQuery>();
        builder.Services.AddSingleton<Queries.StatePairQuery>();
        builder.Services.AddSingleton<Queries.ScopeQuery>();
        builder.Services.AddSingleton<Queries.CompareQuery>();
        builder.Services.AddSingleton<Queries.SourcesQuery>();
        builder.Services.AddSingleton<Queries.OpenDataQuery>();
        builder.Services.AddSingleton<Queries.QualityQuery>();
        builder.Services.AddSingleton<Queries.TrainingQuery>();
        builder.Services.AddSingleton<Queries.CredentialQuery>();
        builder.Services.AddSingleton<Queries.PaybackQuery>();
        builder.Services.AddSingleton<Queries.HubFactsQuery>();
        return builder;
    }

    private static string ServedPath(StoreFile store) =>
        store.Path is { Length: > 0 } path ? path : throw new InvalidOperationException("The store is opened before PrepareStore chose the file to serve.");

    /// <summary>
    /// Chooses, verifies and if need be builds the store (see <see cref="StoreFile.Prepare"/>). With CSV errors and no
    /// earlier store, start-up stops with the <c>file:line</c> messages; with no store and a folder that cannot be
    /// written, it returns false after saying so (the caller exits with code 1).
    /// </summary>
    public static bool PrepareStore(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<StoreFile>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("MaGuide.Store");
        StoreBuildResult result;
        try
        {
            result = store.Prepare();
        }
        catch (StoreBuildException ex)
        {
            foreach (var problem in ex.Problems)
            {
                LogDataProblem(logger, problem.ToString());
            }

            throw;
        }
        catch (StoreUnavailableException ex)
        {
            LogUnavailable(logger, ex.Message);
            Console.Error.WriteLine(ex.Message);
            return false;
        }

        foreach (var problem in result.Problems)
        {
            LogDataProblem(logger, problem.ToString());
        }

        if (result.Rebuilt)
        {
            var rows = result.Data!.Counts.Values.Sum();
            LogBuilt(logger, store.Path, rows);
        }
        else if (result.Problems.Count > 0)
        {
            LogKeptOld(logger, store.Path);
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Data error {Problem}")]
    private static partial void LogDataProblem(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Built the store {StorePath} from content/data ({RowCount} rows)")]
    private static partial void LogBuilt(ILogger logger, string storePath, int rowCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "content/data has errors; still serving the previous store {StorePath}")]
    private static partial void LogKeptOld(ILogger logger, string storePath);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Message}")]
    private static partial void LogUnavailable(ILogger logger, string message);
}

/// <summary>
/// Looks at the store file every <c>Store:WatchSeconds</c> (default 2; 0 turns it off): when it was deleted, replaced
/// or changed in place, readers drop their connections and a damaged file is rebuilt (<see cref="StoreFile.Heal"/>).
/// </summary>
public sealed class StoreWatcher(StoreFile store, IConfiguration configuration) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue("Store:WatchSeconds", 2.0);
        if (seconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
        var seen = Stamp(store.Path);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = Stamp(store.Path);
            if (now != seen || store.Path.Length > 0 && !File.Exists(store.Path))
            {
                await Task.Run(store.Heal, stoppingToken);
                seen = Stamp(store.Path);
            }
        }
    }

    private static (long Length, DateTime Written)? Stamp(string path)
    {
        var file = new FileInfo(path);
        return path.Length > 0 && file.Exists ? (file.Length, file.LastWriteTimeUtc) : null;
    }
}

/// <summary>A reader who met a store error still gets the 500 page; the store is then checked and healed for the next.</summary>
public sealed class StoreFaultHandler(StoreFile store) : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is SqliteException || exception.InnerException is SqliteException)
        {
            _ = Task.Run(store.Heal, CancellationToken.None);
        }

        return ValueTask.FromResult(false);
    }
}
