using MaGuide.Web.Commands;
using MaGuide.Web.Content;
using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data;
using MaGuide.Web.Infrastructure;
using MaGuide.Web.Pages.Guides;
using MaGuide.Web.Queries;

try
{
    var builder = WebApplication.CreateBuilder(SiteHosting.Options(args));
    // Static files (and their precompressed copies) come from the build output in every environment, not only after publish.
    builder.WebHost.UseStaticWebAssets();
    builder.AddSiteHosting();
    builder.AddSiteLogging();
    builder.AddContent();
    builder.AddGuideTokens();
    builder.AddStore();
    builder.AddQueries();
    builder.AddSiteHealth();
    builder.AddSiteCaching();
    builder.AddSearchLimits();
    builder.Services.AddRazorPages();

    var app = builder.Build();
    // A verb (check, build-store, import-oews, export, …) runs instead of the server; export serves the mapped site to itself.
    if (await app.RunCommandAsync(args, StartSite))
    {
        return;
    }

    if (StartSite(app) is not { } content)
    {
        Environment.ExitCode = 1;
        return;
    }

    try
    {
        await app.StartAsync();
        await content; // a failure to read the content stops start-up, as it did when it was read before serving
        await app.WaitForShutdownAsync();
    }
    finally
    {
        await app.DisposeAsync();
    }
}
catch (DirectoryNotFoundException ex)
{
    // A content root that does not exist (e.g. a mistyped --contentRoot): say which folder, without a stack trace.
    await Console.Error.WriteLineAsync($"MaGuide cannot start: a folder it was told to use does not exist ({ex.Message})");
    Environment.ExitCode = 1;
}
catch (StartupException ex)
{
    // What is wrong and where, for the person starting the site; a stack trace would only hide it.
    await Console.Error.WriteLineAsync($"MaGuide cannot start: {ex.Message}");
    Environment.ExitCode = 1;
}

// Prepares the store, starts reading the guides on another core (pages and /healthz wait for them) and maps the site;
// null when the store cannot be prepared (PrepareStore has said why).
static Task<GuideCatalogSource>? StartSite(WebApplication app)
{
    // Only the store PrepareStore returns starts the guides loading: their tokens and data-page links read it.
    if (app.PrepareStore() is not { } store)
    {
        return null;
    }

    var content = app.StartLoadingContent(store);
    app.UseSiteDefaults(content);
    app.MapStaticAssets();
    app.MapRazorPages().WithStaticAssets().ReadOnlyPages().CacheOutput(SiteDefaults.PagesPolicy);
    app.MapSiteEndpoints();
    app.MapOpenData();
    app.MapDiscovery();
    app.MapChangesFeed();
    return content;
}

public partial class Program;
