using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Content;

/// <summary>
/// Holds the current <see cref="GuideCatalog"/>. Built once at start-up (a broken guide is left out); in Development
/// a file watcher reloads it: good guides are swapped in, a broken guide keeps its last good version, and the
/// problems are logged. A change to content/data is reported as needing a restart (the store is built at start-up).
/// </summary>
public sealed partial class GuideCatalogSource : IDisposable
{
    private readonly GuideLoader loader;
    private readonly ContentPaths paths;
    private readonly ILogger<GuideCatalogSource> logger;
    private readonly FileSystemWatcher? watcher;
    private readonly Timer? debounce;
    private GuideCatalog current;
    private int dataChanged;

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
            void Changed(object sender, FileSystemEventArgs e)
            {
                if (IsDataTable(e.FullPath))
                {
                    Interlocked.Exchange(ref dataChanged, 1);
                }

                debounce.Change(300, Timeout.Infinite);
            }

            watcher.Changed += Changed;
            watcher.Created += Changed;
            watcher.Deleted += Changed;
            watcher.Renamed += Changed;
        }
    }

    public GuideCatalog Current => Volatile.Read(ref current);

    /// <summary>Raised after a new catalog is swapped in (e.g. to evict cached pages).</summary>
    public event Action<GuideCatalog>? Reloaded;

    /// <summary>
    /// Reloads the guides. Guides without errors are swapped in; a guide with an error keeps its last good version
    /// (a new broken guide stays out). Returns true when the new catalog has no error. Never throws: an unexpected
    /// failure is logged and the last good catalog keeps serving.
    /// </summary>
    public bool Reload()
    {
        if (Interlocked.Exchange(ref dataChanged, 0) == 1)
        {
            LogDataNeedsRestart(logger, paths.Display(paths.Data));
        }

        try
        {
            var result = loader.Load(paths);
            Log(result.Problems);
            var old = Current;
            if (result.HasSourceErrors)
            {
                LogKeptLastGood(logger, old.Guides.Count);
                return false;
            }

            var kept = result.BrokenSlugs.Select(slug => old.Find(slug) ?? old.FindDraft(slug)).OfType<Guide>().ToList();
            var catalog = new GuideCatalog(result.Catalog.GuidesAndDrafts.Concat(kept), result.Catalog.Sources, result.Catalog.Changes);
            Volatile.Write(ref current, catalog);
            if (kept.Count > 0)
            {
                LogKeptBroken(logger, string.Join(", ", kept.Select(g => g.SourcePath)));
            }

            LogReloaded(logger, catalog.Guides.Count);
            Reloaded?.Invoke(catalog);
            return !result.HasErrors;
        }
        catch (Exception ex)
        {
            LogReloadFailed(logger, ex);
            return false;
        }
    }

    private bool IsDataTable(string fullPath) =>
        fullPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
        && Path.GetFullPath(fullPath).StartsWith(Path.GetFullPath(paths.Data), StringComparison.Ordinal)
        && !Path.GetFileName(fullPath).Equals("sources.csv", StringComparison.Ordinal);

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

    [LoggerMessage(Level = LogLevel.Error, Message = "sources.csv has errors; still serving the last good catalog of {GuideCount} guides")]
    private static partial void LogKeptLastGood(ILogger logger, int guideCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Guides with errors keep their last good version until fixed: {Guides}")]
    private static partial void LogKeptBroken(ILogger logger, string guides);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{DataFolder} changed: the data store is built at start-up only, so restart the site to see the change (guides reload on their own)")]
    private static partial void LogDataNeedsRestart(ILogger logger, string dataFolder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reloaded {GuideCount} guides")]
    private static partial void LogReloaded(ILogger logger, int guideCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not reload content; keeping the last good catalog")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content error {Problem}")]
    private static partial void LogContentError(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content warning {Problem}")]
    private static partial void LogContentWarning(ILogger logger, string problem);
}
