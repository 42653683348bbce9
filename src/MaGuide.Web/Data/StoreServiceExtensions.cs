using MaGuide.Web.Content;

namespace MaGuide.Web.Data;

/// <summary>Where the store file lives: <c>Store:Path</c>, else <c>store/maguide.db</c> beside the content folder.</summary>
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
        builder.Services.AddDbContextFactory<MaGuideDb>((sp, options) => options
            .UseSqlite(StoreBuilder.ConnectionString(sp.GetRequiredService<StoreLocation>().Path, readOnly: true))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        builder.Services.AddSingleton<Queries.SalaryQuery>();
        builder.Services.AddSingleton<Queries.StateQuery>();
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

    /// <summary>
    /// Builds the store from content/data if the CSVs changed since the last build. With errors and an old store,
    /// the old one keeps serving; with errors and no store, start-up stops with the messages.
    /// </summary>
    public static WebApplication PrepareStore(this WebApplication app)
    {
        var paths = app.Services.GetRequiredService<ContentPaths>();
        var location = app.Services.GetRequiredService<StoreLocation>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("MaGuide.Store");
        StoreBuildResult result;
        try
        {
            result = StoreBuilder.Ensure(paths, location.Path);
        }
        catch (StoreBuildException ex)
        {
            foreach (var problem in ex.Problems)
            {
                LogDataProblem(logger, problem.ToString());
            }

            throw;
        }

        foreach (var problem in result.Problems)
        {
            LogDataProblem(logger, problem.ToString());
        }

        if (result.Rebuilt)
        {
            var rows = result.Data!.Counts.Values.Sum();
            LogBuilt(logger, location.Path, rows);
        }
        else if (result.Problems.Count > 0)
        {
            LogKeptOld(logger, location.Path);
        }

        return app;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Data error {Problem}")]
    private static partial void LogDataProblem(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Built the store {StorePath} from content/data ({RowCount} rows)")]
    private static partial void LogBuilt(ILogger logger, string storePath, int rowCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "content/data has errors; still serving the previous store {StorePath}")]
    private static partial void LogKeptOld(ILogger logger, string storePath);
}
