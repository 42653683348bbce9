using System.Globalization;
using System.Threading.RateLimiting;

namespace MaGuide.Web.Infrastructure;

public static class SearchLimits
{
    public const string Policy = "search";

    /// <summary>Search is the one page that does work per request; each client gets Search:PermitLimit searches per 10 seconds.</summary>
    public static WebApplicationBuilder AddSearchLimits(this WebApplicationBuilder builder)
    {
        var permits = builder.Configuration.GetValue("Search:PermitLimit", 30);
        var window = TimeSpan.FromSeconds(10);
        builder.Services.AddSingleton<Queries.SearchService>();
        builder.Services.AddHostedService<Queries.SearchWarmUp>();
        builder.Services.AddSingleton<Queries.NotFoundSuggestions>();
        builder.Services.AddSingleton<StaticCopy>();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
        });
        return builder;
    }
}
