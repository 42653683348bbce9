using MaGuide.Web.Content;
using MaGuide.Web.Data;

namespace MaGuide.Web.Infrastructure;

/// <summary>
/// Every page is a function of three things only: the code, the guides and the data. Their combined version is a
/// valid (weak) ETag for any page, so a reader's browser can revalidate with a 304 instead of downloading again.
/// </summary>
public static class ContentVersion
{
    public static IApplicationBuilder UseContentVersionETags(this WebApplication app)
    {
        // Asked per request: the catalog may still be loading while the pipeline is built (a request then waits for it).
        GuideCatalogSource Catalogs(HttpContext context) => context.RequestServices.GetRequiredService<GuideCatalogSource>();
        var code = typeof(ContentVersion).Assembly.ManifestModule.ModuleVersionId.ToString("n")[..12];
        var storeHash = app.Services.GetRequiredService<StoreFile>().Hash is { Length: >= 12 } hash ? hash[..12] : "none";
        return app.Use(async (context, next) =>
        {
            var request = context.Request;
            if ((!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) || request.Path.StartsWithSegments(SiteLinks.Health, StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            var etag = $"W/\"{code}-{storeHash}-{Catalogs(context).Current.BuiltAtUtc.Ticks:x}\"";
            if (request.Headers.IfNoneMatch.Contains(etag))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.Headers.ETag = etag;
                return;
            }

            context.Response.OnStarting(() =>
            {
                // Only pages and downloads; static files carry their own ETags, errors none.
                if (context.Response.StatusCode == StatusCodes.Status200OK && !context.Response.Headers.ContainsKey("ETag"))
                {
                    context.Response.Headers.ETag = etag;
                    context.Response.Headers.CacheControl = "no-cache";
                }

                return Task.CompletedTask;
            });
            await next(context);
        });
    }
}
