namespace MaGuide.Web.Data;

/// <summary>
/// The store this run serves, chosen and verified (or built) by <see cref="PreparedStoreExtensions.PrepareStore"/>, the only
/// code that makes one. Reading the guides needs it (their data tokens and links to data pages are resolved against the
/// store), so <c>StartLoadingContent</c> (in Content) cannot be called before the store is ready: the
/// start-up order is held by this type, not by the order of lines in Program.cs.
/// </summary>
public sealed class PreparedStore
{
    private PreparedStore(string path) => Path = path;

    /// <summary>The versioned store file being served.</summary>
    public string Path { get; }

    internal static PreparedStore For(StoreFile store) => new(store.Path);
}

public static partial class PreparedStoreExtensions
{
    /// <summary>
    /// Chooses, verifies and if need be builds the store (see <see cref="StoreFile.Prepare"/>). With CSV errors and no
    /// earlier store, start-up stops with the <c>file:line</c> messages; with no store and a folder that cannot be
    /// written, it returns null after saying so (the caller exits with code 1).
    /// </summary>
    public static PreparedStore? PrepareStore(this WebApplication app)
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
            return null;
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

        return PreparedStore.For(store);
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
