namespace MaGuide.Web.Queries;

/// <summary>
/// Builds the search index in the background once the site has started, so the first search or 404 page does not
/// wait for it (measured: the first 404 took 1.5 s on an idle machine, and under load a burst of 404s stalled for
/// seconds behind the build). Start-up and <c>/healthz</c> do not wait for it; a failure is logged and the index is
/// built on first use as before.
/// </summary>
public sealed partial class SearchWarmUp(SearchService search, ILogger<SearchWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            var (pages, words) = search.Index().Size;
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
