using AngleSharp;
using AngleSharp.Html.Dom;
using MaGuide.Web.Content;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MaGuide.Web.Tests;

/// <summary>The real site, in the Production environment (so error pages are the readers' ones), over the repository's content.</summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    /// <summary>Each factory builds its own store from the repository's content/data, in a temporary folder.</summary>
    public string StorePath { get; } = Path.Combine(Path.GetTempPath(), "maguide-tests", Guid.NewGuid().ToString("n"), "maguide.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Store:Path", StorePath);
    }

    /// <summary>The catalog the running site serves (with data tokens resolved from its store).</summary>
    public GuideCatalog Catalog => Services.GetRequiredService<GuideCatalogSource>().Current;

    public HttpClient CreateReader() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(request => request.Content(html));
    }
}

[CollectionDefinition(Name)]
public sealed class SiteTests : ICollectionFixture<SiteFactory>
{
    public const string Name = "site";
}
