using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MaGuide.Web.Tests.Infrastructure;

/// <summary>
/// The site as deployed, one host for the tests that need settings the shared site does not have: <c>Site:BaseUrl</c>
/// set; allowed hosts beyond localhost, among them one the HSTS middleware does not exempt (it skips localhost); and
/// an edit address for guides (<c>Site:EditBaseUrl</c>, a repository's edit URL); and one extra address, <c>/boom</c>,
/// that throws, to see what a reader gets from a fault.
/// </summary>
public sealed class DeployedSite : SiteFactory
{
    /// <summary>A public host name: HSTS applies to it.</summary>
    public static readonly Uri PublicHost = new("https://maguide.test");

    /// <summary>Where an editor edits a guide's file, in a repository host's web editor.</summary>
    public const string EditBaseUrl = "https://git.example.org/maguide/edit/main/";

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Site:BaseUrl"] = "https://maguide.example/",
        ["AllowedHosts"] = "localhost;www.maguide.example;maguide.test",
        ["Site:EditBaseUrl"] = EditBaseUrl,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ThrowingAddress>());
    }

    /// <summary>After the site's own middleware: <c>/boom</c> throws; every other request goes on as before.</summary>
    private sealed class ThrowingAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, nextMiddleware) => context.Request.Path == "/boom" ? throw new InvalidOperationException("boom") : nextMiddleware(context));
        };
    }
}

[CollectionDefinition(Name)]
public sealed class DeployedSiteTests : ICollectionFixture<DeployedSite>
{
    public const string Name = "deployed";
}
