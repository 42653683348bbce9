using System.IO.Compression;
using MaGuide.Web.Content;
using MaGuide.Web.ContentFiles;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace MaGuide.Web.Infrastructure;

public static class SiteDefaults
{
    public const string PagesTag = "pages";

    /// <summary>
    /// The output-cache policy for pages and data downloads. It varies on no query key at all, so <c>?u=1</c>,
    /// <c>?u=2</c>, … all get the one cached page and cannot evict others. A page that reads query keys declares
    /// them on its model, and only those vary the cache: <c>[OutputCache(VaryByQueryKeys = ["sort"])]</c>.
    /// Not a base policy: static files must not go through the output cache (it stores an empty body for a file sent
    /// with SendFile).
    /// </summary>
    public const string PagesPolicy = "pages";

    /// <summary>The output cache's default size limit in MB (the framework's default is 100 MB); <c>Site:OutputCacheMegabytes</c> sets another.</summary>
    public const int CacheMegabytes = 32;

    /// <summary>The largest response the output cache stores, in bytes (2 MB: the largest page, /sources, is ~340 KB).</summary>
    public const long CacheMaximumBody = 2L * 1024 * 1024;

    /// <summary>Output cache for every GET page (evicted when the guides reload) and Brotli/gzip compression.</summary>
    /// <exception cref="StartupException"><c>Site:OutputCacheMegabytes</c> is not a whole number from 1 to 1,024.</exception>
    public static WebApplicationBuilder AddSiteCaching(this WebApplicationBuilder builder)
    {
        var megabytes = OutputCacheMegabytes(builder.Configuration);
        builder.Services.AddOutputCache(options =>
        {
            // /states/CA redirects to /states/ca, so the two must not share a cache entry.
            options.UseCaseSensitivePaths = true;
            // Bounded well below the framework's 100 MB: every page of the site in each encoding takes a few MB, and the rest
            // holds search answers and 404 pages, least recently used evicted first (RSS after load, docs/performance.md).
            options.SizeLimit = megabytes * 1024L * 1024;
            options.MaximumBodySize = CacheMaximumBody;
            options.AddPolicy(PagesPolicy, policy => policy
                .Expire(TimeSpan.FromMinutes(30))
                .SetVaryByQuery([])
                .VaryByValue(context => new("encoding", ChosenEncoding(context)))
                .VaryByValue(context => new("empty-keys", EmptyDeclaredKeys(context)))
                .AddPolicy<NotFoundPageCache>()
                .Tag(PagesTag));
        });
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "text/csv"]);
        });

        // Pages are compressed once and then served from the output cache, so a thorough level pays for itself.
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return builder;
    }

    /// <summary>
    /// The output cache's size limit in MB from <c>Site:OutputCacheMegabytes</c> (unset: <see cref="CacheMegabytes"/>).
    /// A small-memory host may set 8 (docs/deploy.md); pages the cache cannot hold are rendered again.
    /// </summary>
    /// <exception cref="StartupException">The value is not a whole number from 1 to 1,024.</exception>
    public static int OutputCacheMegabytes(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration["Site:OutputCacheMegabytes"];
        if (string.IsNullOrWhiteSpace(text))
        {
            return CacheMegabytes;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var megabytes) && megabytes is >= 1 and <= 1024
            ? megabytes
            : throw new StartupException($"Site:OutputCacheMegabytes is \"{text}\"; give a whole number of megabytes from 1 to 1024 (default {CacheMegabytes})");
    }

    /// <summary>
    /// The query keys the page declares (its <c>[OutputCache(VaryByQueryKeys = …)]</c>) that this request sends with an
    /// empty value, e.g. <c>a,b</c> for <c>/states?a=&amp;b=</c>. The framework's cache key writes <c>a=</c> and a missing
    /// <c>a</c> alike, so a submitted empty form was answered with the cached page without its message. Only declared
    /// keys count, so <c>?u=</c> and other unknown keys still cannot multiply the cache's entries.
    /// </summary>
    private static string EmptyDeclaredKeys(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>()?.VaryByQueryKeys is not { Length: > 0 } declared)
        {
            return "";
        }

        return string.Join(',', declared.Where(key => context.Request.Query.TryGetValue(key, out var values) && values.All(string.IsNullOrEmpty)));
    }

    /// <summary>The encoding the compression middleware will pick for this request (br, gzip or none): the cache
    /// keeps one compressed copy per encoding, never one per spelling of Accept-Encoding.</summary>
    private static string ChosenEncoding(HttpContext context)
    {
        var provider = context.RequestServices.GetRequiredService<IResponseCompressionProvider>();
        return provider.CheckRequestAcceptsCompression(context) ? provider.GetCompressionProvider(context)?.EncodingName ?? "identity" : "identity";
    }

    /// <summary>Hosting, error pages, security headers, logging, caching and compression, in the order they must run.</summary>
    /// <param name="app">The application.</param>
    /// <param name="content">The catalog being built (<see cref="Content.ContentServiceExtensions.StartLoadingContent"/>).</param>
    public static WebApplication UseSiteDefaults(this WebApplication app, Task<GuideCatalogSource> content)
    {
        app.UseSiteHosting();
        app.UseSecurityHeaders();
        app.UseSiteRequestLogging();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler(SiteLinks.Error(500));
        }

        app.UseStatusCodePagesWithReExecute("/errors/{0}");
        app.UseOptionsAnswers();
        // Until the guides are read, a request waits for them without holding a thread (resolving the catalog while it is
        // built would block a pool thread on the service container's lock, and the parallel parse needs every one).
        app.Use(async (context, next) =>
        {
            await content;
            await next(context);
        });
        app.UseContentVersionETags();

        // The cache sits outside compression so it stores each page compressed, once per encoding.
        // Site:OutputCache=false serves every page freshly rendered (for benchmarks of the render itself).
        if (app.Configuration.GetValue("Site:OutputCache", true))
        {
            app.UseOutputCache();
        }

        app.UseResponseCompression();
        app.UseRateLimiter();

        // A Development reload of the guides must not leave stale pages in the cache.
        _ = EvictOnReload(content, app.Services.GetRequiredService<IOutputCacheStore>());
        return app;
    }

    private static async Task EvictOnReload(Task<GuideCatalogSource> content, IOutputCacheStore store) =>
        (await content).Reloaded += _ => store.EvictByTagAsync(PagesTag, CancellationToken.None).AsTask().Wait();
}
