namespace MaGuide.Web.Queries;

/// <summary>
/// Builds the search index in the background once the site has started, so the first search or 404 page does not
/// wait for it (measured: the first 404 took 1.5 s on an idle machine, and under load a burst of 404s stalled for
/// seconds behind the build). Start-up and <c>/healthz</c> do not wait for it; a failure is logged and the index is
/// built on first use as before. The search service is asked for here, not injected: it needs the guide catalog, and
/// a hosted service's constructor runs before Kestrel starts, so injecting it held the start until every guide was read.
/// The wait for the catalog and the build run on a thread of their own, so neither holds a pool thread meanwhile.
/// </summary>
public sealed partial class SearchWarmUp(IServiceProvider services, ILogger<SearchWarmUp> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Factory.StartNew(WarmUp, stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void WarmUp()
    {
        try
        {
            var (pages, words) = services.GetRequiredService<SearchService>().Index().Size;
            LogBuilt(logger, pages, words);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index built in the background: {Pages} pages, {Words} words")]
    private static partial void LogBuilt(ILogger logger, int pages, int words);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search index could not be built in the background; it will be built on first use")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
