using System.Globalization;
using System.Threading.RateLimiting;

namespace MaGuide.Web.Infrastructure;

public static class SearchLimits
{
    public const string Policy = "search";

    /// <summary>
    /// The policy of a form page that works out an answer (the payback calculator): the same allowance per client as
    /// search, spent only by requests that ask for an answer. The bare form, and a link that only chooses the state
    /// (<c>?state=TX</c>, which state pages give), cost no more than any page and are not limited.
    /// </summary>
    public const string AnswerPolicy = "answer";

    /// <summary>True when the query has any key other than <c>state</c>: the reader has sent the form.</summary>
    public static bool AsksForAnAnswer(IQueryCollection query) => query.Keys.Any(k => !string.Equals(k, "state", StringComparison.OrdinalIgnoreCase));

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
            // One allowance per client address.
            RateLimitPartition<string> PerClient(HttpContext context) => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });
            options.AddPolicy(Policy, PerClient);
            options.AddPolicy(AnswerPolicy, context => AsksForAnAnswer(context.Request.Query) ? PerClient(context) : RateLimitPartition.GetNoLimiter("form"));
        });
        return builder;
    }
}
