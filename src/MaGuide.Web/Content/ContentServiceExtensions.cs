using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data;

namespace MaGuide.Web.Content;

public static class ContentServiceExtensions
{
    /// <summary>
    /// Registers the guide pipeline, the loader and the catalog (built once, at start-up). What they need from other
    /// layers is registered there: the data-token source (<see cref="IDataTokenSource"/>) by <c>AddGuideTokens</c>, the
    /// <see cref="StoreDataPages"/> by <c>AddStore</c>.
    /// </summary>
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder)
    {
        var paths = ContentPaths.Locate(builder.Configuration["Content:Root"], builder.Environment.ContentRootPath, AppContext.BaseDirectory).EnsureReadable();
        builder.Services.AddSingleton(paths);
        builder.Services.AddSingleton(sp => new GuideMarkdown(new DeferredTokenSource(sp.GetRequiredService<IDataTokenSource>)));
        // Read once at start-up (one git call); a reload in Development keeps these dates.
        builder.Services.AddSingleton(_ => GuideHistory.FromGit(paths));
        // Beside the served store, so it is resolved only once PrepareStore has chosen that store.
        builder.Services.AddSingleton(sp => GuideParseCache.Beside(sp.GetRequiredService<StoreFile>(), sp.GetRequiredService<ILogger<GuideParseCache>>()));
        builder.Services.AddSingleton(sp =>
        {
            var dataPages = sp.GetRequiredService<StoreDataPages>();
            return new GuideLoader(sp.GetRequiredService<GuideMarkdown>(), () => dataPages.Keys,
                history: sp.GetRequiredService<GuideHistory>(), parses: sp.GetRequiredService<GuideParseCache>());
        });
        builder.Services.AddSingleton<GuideCatalogSource>();
        builder.Services.AddTransient(sp => sp.GetRequiredService<GuideCatalogSource>().Current);
        return builder;
    }

    /// <summary>
    /// Starts reading the guides (and, when a guide is not in the parse cache, the data-token snapshot it needs) on
    /// another thread, so that routes are mapped and Kestrel starts meanwhile. Nothing sees a half-built catalog:
    /// whatever asks for the <see cref="GuideCatalogSource"/> before it is built (a page, <c>/healthz</c>) waits for it.
    /// The caller awaits the task before serving for good, so a failure to read the content still stops start-up. The
    /// reading runs on a thread of its own, not a pool thread: the data-token snapshot is loaded synchronously there (a
    /// service registration cannot await), and the guides' parallel parse needs every pool thread it can get.
    /// </summary>
    /// <param name="app">The built app.</param>
    /// <param name="store">The store <see cref="PreparedStoreExtensions.PrepareStore"/> returned: proof that the guides' data is there to read.</param>
    public static Task<GuideCatalogSource> StartLoadingContent(this WebApplication app, PreparedStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Task.Factory.StartNew(app.Services.GetRequiredService<GuideCatalogSource>, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }
}
