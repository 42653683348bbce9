namespace MaGuide.Web.Content;

/// <summary>
/// Holds the current <see cref="GuideCatalog"/>. Built once at start-up; in Development a file watcher rebuilds it,
/// and a reload that finds an error keeps the last good catalog and logs the problems instead.
/// </summary>
public sealed partial class GuideCatalogSource : IDisposable
{
    private readonly GuideLoader loader;
    private readonly ContentPaths paths;
    private readonly ILogger<GuideCatalogSource> logger;
    private readonly FileSystemWatcher? watcher;
    private readonly Timer? debounce;
    private GuideCatalog current;

    public GuideCatalogSource(GuideLoader loader, ContentPaths paths, IHostEnvironment environment, ILogger<GuideCatalogSource> logger)
    {
        this.loader = loader;
        this.paths = paths;
        this.logger = logger;

        var result = loader.Load(paths);
        Log(result.Problems);
        // At start-up a broken guide is left out rather than taking the site down; `check` fails the pull request.
        current = result.Catalog;
        LogLoaded(logger, current.Guides.Count, current.Sources.Count, paths.Root);

        if (environment.IsDevelopment())
        {
            debounce = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
            watcher = new FileSystemWatcher(paths.Root) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += (_, _) => debounce.Change(300, Timeout.Infinite);
            watcher.Created += (_, _) => debounce.Change(300, Timeout.Infinite);
            watcher.Deleted += (_, _) => debounce.Change(300, Timeout.Infinite);
            watcher.Renamed += (_, _) => debounce.Change(300, Timeout.Infinite);
        }
    }

    public GuideCatalog Current => Volatile.Read(ref current);

    /// <summary>Raised after a new catalog is swapped in (e.g. to evict cached pages).</summary>
    public event Action<GuideCatalog>? Reloaded;

    /// <summary>Rebuilds the catalog; keeps the old one if the new content has any error.</summary>
    public bool Reload()
    {
        try
        {
            var result = loader.Load(paths);
            Log(result.Problems);
            if (result.HasErrors)
            {
                LogKeptLastGood(logger, Current.Guides.Count);
                return false;
            }

            Volatile.Write(ref current, result.Catalog);
            LogReloaded(logger, result.Catalog.Guides.Count);
            Reloaded?.Invoke(result.Catalog);
            return true;
        }
        catch (IOException ex)
        {
            LogReloadFailed(logger, ex);
            return false;
        }
    }

    private void Log(IReadOnlyList<ContentProblem> problems)
    {
        foreach (var problem in problems)
        {
            if (problem.IsError)
            {
                LogContentError(logger, problem.ToString());
            }
            else
            {
                LogContentWarning(logger, problem.ToString());
            }
        }
    }

    public void Dispose()
    {
        watcher?.Dispose();
        debounce?.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {GuideCount} guides and {SourceCount} sources from {ContentRoot}")]
    private static partial void LogLoaded(ILogger logger, int guideCount, int sourceCount, string contentRoot);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content has errors; still serving the last good catalog of {GuideCount} guides")]
    private static partial void LogKeptLastGood(ILogger logger, int guideCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reloaded {GuideCount} guides")]
    private static partial void LogReloaded(ILogger logger, int guideCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not reload content; keeping the last good catalog")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content error {Problem}")]
    private static partial void LogContentError(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content warning {Problem}")]
    private static partial void LogContentWarning(ILogger logger, string problem);
}
