using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.OutputCaching;

namespace MaGuide.Web.Infrastructure;

/// <summary>
/// Part of the pages' output-cache policy: the "page not found" page, re-executed for a missing address, differs only
/// by its suggestions, so it is stored once per list of suggested pages (and encoding) and served from the cache for
/// every missing address that gets the same list — a flood of unique missing addresses mostly gets the one page
/// without suggestions (<see cref="NotFoundSuggestions"/> limits fresh suggestion searches). The suggestions are
/// worked out once here and handed to the page (<see cref="SuggestionsItem"/>), so the stored page always matches
/// its key. Every other error page, and the 404 page asked for directly, is never stored.
/// </summary>
public sealed class NotFoundPageCache : IOutputCachePolicy
{
    /// <summary>The <see cref="HttpContext.Items"/> key holding the suggestions (<c>IReadOnlyList&lt;SearchHit&gt;</c>).</summary>
    public const string SuggestionsItem = "MaGuide.NotFoundSuggestions";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (ReExecuted404(context.HttpContext) is { } original)
        {
            var hits = context.HttpContext.RequestServices.GetRequiredService<NotFoundSuggestions>().For(original);
            context.HttpContext.Items[SuggestionsItem] = hits;
            context.CacheVaryByRules.VaryByValues["suggestions"] = string.Join(' ', hits.Select(h => h.Url));
        }

        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // The framework's default stores only 200s; this page's 404 is its normal answer.
        if (context.AllowCacheLookup && context.HttpContext.Items.ContainsKey(SuggestionsItem) && context.HttpContext.Response.StatusCode == StatusCodes.Status404NotFound)
        {
            context.AllowCacheStorage = true;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The missing address when this request is the 404 page re-executed for it; otherwise null.</summary>
    private static string? ReExecuted404(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is { OriginalStatusCode: StatusCodes.Status404NotFound, OriginalPath: { } path }
            ? path
            : null;
}
