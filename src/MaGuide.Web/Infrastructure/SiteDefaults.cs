using System.IO.Compression;
using MaGuide.Web.Content;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace MaGuide.Web.Infrastructure;

public static class SiteDefaults
{
    public const string PagesTag = "pages";

    /// <summary>The output-cache policy for pages and data downloads. Not a base policy: static files must not go
    /// through the output cache (it stores an empty body for a file sent with SendFile).</summary>
    public const string PagesPolicy = "pages";

    /// <summary>Output cache for every GET page (evicted when the guides reload) and Brotli/gzip compression.</summary>
    public static WebApplicationBuilder AddSiteCaching(this WebApplicationBuilder builder)
    {
        builder.Services.AddOutputCache(options =>
        {
            // /states/CA redirects to /states/ca, so the two must not share a cache entry.
            options.UseCaseSensitivePaths = true;
            options.AddPolicy(PagesPolicy, policy => policy.Expire(TimeSpan.FromMinutes(30)).SetVaryByQuery("*").Tag(PagesTag));
        });
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "text/csv"]);
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return builder;
    }

    /// <summary>Error pages, security headers and request logging, in the order they must run.</summary>
    public static WebApplication UseSiteDefaults(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/errors/500");
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseSiteRequestLogging();
        app.UseResponseCompression();
        app.UseStatusCodePagesWithReExecute("/errors/{0}");
        app.UseContentVersionETags();
        app.UseOutputCache();
        app.UseRateLimiter();

        // A Development reload of the guides must not leave stale pages in the cache.
        var store = app.Services.GetRequiredService<IOutputCacheStore>();
        app.Services.GetRequiredService<GuideCatalogSource>().Reloaded += _ => store.EvictByTagAsync(PagesTag, CancellationToken.None).AsTask().Wait();
        return app;
    }
}
