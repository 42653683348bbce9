using MaGuide.Web.ContentFiles;
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

public static class StoreServiceExtensions
{
    /// <summary>The read-only, no-tracking store, the watcher that heals it, and the keys of the pages built from it (the queries register themselves: <c>AddQueries</c>).</summary>
    public static WebApplicationBuilder AddStore(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => StoreLocation.From(builder.Configuration, sp.GetRequiredService<ContentPaths>()));
        builder.Services.AddSingleton<StoreFile>();
        builder.Services.AddDbContextFactory<MaGuideDb>((sp, options) => options
            .UseSqlite(StoreBuilder.ConnectionString(ServedPath(sp.GetRequiredService<StoreFile>()), readOnly: true))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        builder.Services.AddHostedService<StoreWatcher>();
        builder.Services.AddExceptionHandler<StoreFaultHandler>();
        // Which data pages exist (states, tasks, roles, credentials, tables), for the guides' link checks and the sitemap:
        // read on a pool thread from the first time they are asked for (the guide load asks at its start, awaits at its end).
        builder.Services.AddSingleton<StoreDataPages>();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<StoreDataPages>().Keys.GetAwaiter().GetResult());
        return builder;
    }

    private static string ServedPath(StoreFile store) =>
        store.Path is { Length: > 0 } path ? path : throw new InvalidOperationException("The store is opened before PrepareStore chose the file to serve (only a PreparedStore starts the guides loading).");
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
