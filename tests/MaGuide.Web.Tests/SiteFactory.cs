using System.Net;
using AngleSharp;
using AngleSharp.Html.Dom;
using MaGuide.Web.Content;
using MaGuide.Web.ContentFiles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace MaGuide.Web.Tests;

/// <summary>
/// The real site, in the Production environment (so error pages are the readers' ones), over the repository's content,
/// with its shipped settings: readers arrive over HTTPS at an allowed host, from a loopback address as through a real socket.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    public static readonly Uri Https = new("https://localhost");

    public SiteFactory() => ClientOptions.BaseAddress = Https;

    /// <summary>Settings a derived factory adds to (or changes in) the shipped configuration.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    /// <summary>
    /// Each factory serves its own store file in a temporary folder: a copy of the one store built for this run from
    /// the same CSVs (<see cref="BuiltStores"/>), so starting a host does not rebuild it.
    /// </summary>
    public string StorePath { get; } = Path.Combine(Path.GetTempPath(), "maguide-tests", Guid.NewGuid().ToString("n"), "maguide.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Store:Path", StorePath);
        BuiltStores.CopyFor(Settings.TryGetValue("Content:Root", out var root) ? new ContentPaths(root) : Fixtures.Site, StorePath);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, LoopbackConnection>());
    }

    /// <summary>
    /// The test server has no socket; give requests the loopback address a local client would have. Each reader client
    /// (<see cref="CreateReader"/>) is its own reader with its own loopback address, as separate people are, so tests
    /// sharing one site do not spend each other's per-client search allowance (the limiter's own test counts one
    /// client's requests on a site with a small allowance).
    /// </summary>
    private sealed class LoopbackConnection : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.Remove(ReaderHeader, out var reader) && int.TryParse(reader, out var n))
                {
                    context.Connection.RemoteIpAddress = new IPAddress([127, (byte)(n >> 16), (byte)(n >> 8), (byte)n]);
                }

                context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    /// <summary>Test-only header naming the reader client a request comes from (removed before the site sees it).</summary>
    private const string ReaderHeader = "X-Test-Reader";

    private static int readers;

    /// <summary>Marks every request of one client with that client's number.</summary>
    private sealed class ReaderHandler(int reader) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add(ReaderHeader, reader.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return base.SendAsync(request, cancellationToken);
        }
    }

    private HttpClient NewReader(Uri baseAddress) =>
        CreateDefaultClient(baseAddress, new CookieContainerHandler(), new ReaderHandler(Interlocked.Increment(ref readers) & 0xFFFFFF));

    /// <summary>The catalog the running site serves (with data tokens resolved from its store).</summary>
    public GuideCatalog Catalog => Services.GetRequiredService<GuideCatalogSource>().Current;

    /// <summary>A new reader over HTTPS: redirects are not followed, and the client has its own loopback address.</summary>
    public HttpClient CreateReader() => NewReader(Https);

    /// <summary>A client on plain HTTP, as a reader who typed the address without https://.</summary>
    public HttpClient CreatePlainReader() => NewReader(new Uri("http://localhost"));

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
