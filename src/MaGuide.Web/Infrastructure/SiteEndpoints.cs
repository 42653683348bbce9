using System.Text.Json;
using MaGuide.Web.Content;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MaGuide.Web.Infrastructure;

public static class SiteEndpoints
{
    public static WebApplicationBuilder AddSiteHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<ContentHealthCheck>("content").AddCheck<StoreHealthCheck>("store");
        return builder;
    }

    /// <summary>Health for load balancers and people: <c>/healthz</c> answers a short JSON body.</summary>
    public static WebApplication MapSiteEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(SiteLinks.Health, new HealthCheckOptions
        {
            ResponseWriter = async (context, report) =>
            {
                context.Response.ContentType = "application/json; charset=utf-8";
                var body = new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), detail = e.Value.Description }),
                };
                await context.Response.WriteAsync(JsonSerializer.Serialize(body));
            },
        }).ReadOnly();
        return app;
    }
}

/// <summary>Healthy when the catalog holds guides, including the hub the home page needs.</summary>
public sealed class ContentHealthCheck(GuideCatalogSource catalogs) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var catalog = catalogs.Current;
        var result = catalog.Hub is null
            ? HealthCheckResult.Unhealthy($"{catalog.Guides.Count} guides loaded; the hub guide is missing")
            : HealthCheckResult.Healthy($"{catalog.Guides.Count} guides loaded");
        return Task.FromResult(result);
    }
}

/// <summary>
/// Healthy when the store file is whole (<c>quick_check</c> on a fresh connection, as a new reader would open it) and
/// the readers' own connections read sources and scope rules from it. Unhealthy starts a repair (<see cref="Data.StoreFile.Heal"/>).
/// </summary>
public sealed class StoreHealthCheck(IDbContextFactory<MaGuide.Web.Data.MaGuideDb> factory, MaGuide.Web.Data.StoreFile store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (ok, detail) = store.Verify();
        if (!ok)
        {
            _ = Task.Run(store.Heal, CancellationToken.None);
            return HealthCheckResult.Unhealthy(detail);
        }

        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var sources = await db.Sources.CountAsync(cancellationToken);
            var rules = await db.ScopeRules.CountAsync(cancellationToken);
            return sources > 0 && rules > 0
                ? HealthCheckResult.Healthy($"{sources} sources, {rules} scope rules")
                : HealthCheckResult.Unhealthy("the store is empty");
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            _ = Task.Run(store.Heal, CancellationToken.None);
            return HealthCheckResult.Unhealthy($"the store cannot be read: {ex.Message}");
        }
    }
}
