using MaGuide.Web.Content;
using MaGuide.Web.Data;
using MaGuide.Web.Infrastructure;
using MaGuide.Web.Pages.Guides;

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
    builder.AddSiteHealth();
    builder.AddSiteCaching();
    builder.AddSearchLimits();
    builder.Services.AddRazorPages();

    var app = builder.Build();
    if (await app.RunCommandAsync(args))
    {
        return;
    }

    if (!app.PrepareStore())
    {
        Environment.ExitCode = 1;
        return;
    }

    // The guides are read on another core while the routes are mapped and Kestrel starts (pages and /healthz wait for them).
    var content = app.StartLoadingContent();
    app.UseSiteDefaults(content);
    app.MapStaticAssets();
    app.MapRazorPages().WithStaticAssets().ReadOnlyPages().CacheOutput(SiteDefaults.PagesPolicy);
    app.MapSiteEndpoints();
    app.MapOpenData();
    app.MapDiscovery();
    app.MapChangesFeed();
    if (await app.RunExportAsync(args))
    {
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

public partial class Program;
