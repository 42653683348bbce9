using System.Net;
using MaGuide.Web.Content;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaGuide.Web.Infrastructure;

/// <summary>
/// How the site meets the network: where it finds its own files, which hosts and proxies it trusts, HTTPS, and the
/// methods it answers. All of it is the framework's own middleware, configured here.
/// </summary>
public static class SiteHosting
{
    /// <summary>The site is read-only: every page and endpoint answers these methods and no others (405 with <c>Allow</c>).</summary>
    public static readonly string[] ReadMethods = ["GET", "HEAD", "OPTIONS"];

    /// <summary>The error page is re-executed for requests of any method, so it alone accepts them all.</summary>
    public const string ErrorPage = "/Errors/Status";

    /// <summary>
    /// Builder options that work wherever the process is started: without an explicit content root, and when the
    /// working folder is not the app's (e.g. <c>dotnet /srv/maguide/MaGuide.Web.dll</c>), the app's own folder is the
    /// content root, so <c>appsettings.json</c> and the static files are found. Positional verb arguments
    /// (<c>export out/site</c>) are kept out of configuration, where <c>/abs/path</c> would swallow the next option.
    /// </summary>
    public static WebApplicationOptions Options(string[] args)
    {
        var configArgs = AbsoluteContentRoot(args.SkipWhile(a => !a.StartsWith('-') && !a.Contains('=', StringComparison.Ordinal)).ToArray());
        var explicitRoot = args.Any(a => a.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase))
            || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is { Length: > 0 }
            || Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT") is { Length: > 0 };
        var startedInAppFolder = File.Exists(Path.Combine(Environment.CurrentDirectory, "appsettings.json"));
        return new WebApplicationOptions
        {
            Args = configArgs,
            ContentRootPath = explicitRoot || startedInAppFolder ? null : AppContext.BaseDirectory,
        };
    }

    /// <summary>
    /// A relative <c>--contentRoot</c> (either <c>--contentRoot dir</c> or <c>--contentRoot=dir</c>) made absolute from the
    /// folder the command runs in, as a person typing it expects (the host would resolve it from the app's own folder).
    /// </summary>
    public static string[] AbsoluteContentRoot(string[] args)
    {
        var result = (string[])args.Clone();
        for (var i = 0; i < result.Length; i++)
        {
            var name = result[i].TrimStart('-', '/');
            if (name.Equals("contentRoot", StringComparison.OrdinalIgnoreCase) && i + 1 < result.Length)
            {
                result[i + 1] = Path.GetFullPath(result[i + 1]);
            }
            else if (name.StartsWith("contentRoot=", StringComparison.OrdinalIgnoreCase))
            {
                var at = result[i].IndexOf('=', StringComparison.Ordinal);
                result[i] = result[i][..(at + 1)] + Path.GetFullPath(result[i][(at + 1)..]);
            }
        }

        return result;
    }

    /// <summary>No <c>Server</c> header; hosts from <c>AllowedHosts</c> (never empty); proxies from
    /// <c>ForwardedHeaders:KnownProxies</c>; a year of HSTS; HTTPS redirection.</summary>
    public static WebApplicationBuilder AddSiteHosting(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        builder.Services.Configure<HostFilteringOptions>(options => options.AllowEmptyHosts = false);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            // Loopback stays trusted (the default), so a proxy on the same machine works with no setting.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in config.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in config.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        builder.Services.AddHttpsRedirection(options =>
        {
            options.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
            options.HttpsPort = config.GetValue("Site:HttpsPort", 443);
        });
        return builder;
    }

    /// <summary>
    /// Forwarded headers first (so the scheme a TLS-terminating proxy saw counts), then, outside Development, HSTS and
    /// a redirect to HTTPS (<c>Site:HttpsRedirection=false</c> turns it off for plain-HTTP benches and containers whose
    /// proxy does not send <c>X-Forwarded-Proto</c>; <c>/healthz</c> is never redirected, for load balancers).
    /// </summary>
    public static WebApplication UseSiteHosting(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            if (app.Configuration.GetValue("Site:HttpsRedirection", true))
            {
                app.UseWhen(context => !context.Request.Path.StartsWithSegments(SiteLinks.Health, StringComparison.OrdinalIgnoreCase), branch => branch.UseHttpsRedirection());
            }
        }

        return app;
    }

    /// <summary>
    /// <c>OPTIONS</c> on anything that answers it: 204 with the methods in <c>Allow</c>. On an address that does not
    /// exist (or the error page itself) it is a 404 with no body. Runs after the status-code pages, so it also sees
    /// their re-executed requests.
    /// </summary>
    public static WebApplication UseOptionsAnswers(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (!HttpMethods.IsOptions(context.Request.Method))
            {
                return next(context);
            }

            var endpoint = context.GetEndpoint();
            if (endpoint?.Metadata.GetMetadata<IHttpMethodMetadata>() is { } methods && methods.HttpMethods.Contains(HttpMethods.Options))
            {
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                context.Response.Headers.Allow = string.Join(", ", methods.HttpMethods);
                return Task.CompletedTask;
            }

            if (endpoint is null || endpoint.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath == ErrorPage)
            {
                if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null)
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                }

                return Task.CompletedTask;
            }

            return next(context);
        });
        return app;
    }

    /// <summary>Every page answers exactly <see cref="ReadMethods"/>, except the error page (see <see cref="ErrorPage"/>).</summary>
    public static PageActionEndpointConventionBuilder ReadOnlyPages(this PageActionEndpointConventionBuilder builder)
    {
        builder.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<PageActionDescriptor>().FirstOrDefault() is { } page && page.ViewEnginePath != ErrorPage)
            {
                endpoint.Metadata.Add(new HttpMethodMetadata(ReadMethods));
            }
        });
        return builder;
    }

    /// <summary>Marks an endpoint as answering exactly <see cref="ReadMethods"/>.</summary>
    public static TBuilder ReadOnly<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new HttpMethodMetadata(ReadMethods));
}
