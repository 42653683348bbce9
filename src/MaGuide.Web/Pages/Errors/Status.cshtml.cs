using MaGuide.Web.Content;
using MaGuide.Web.Infrastructure;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaGuide.Web.Pages.Errors;

/// <summary>
/// The page shown for any error status; it keeps the status code and never shows technical details. It is re-executed
/// for requests of every method (so it has no handlers, only this filter); asked for directly it is a 404.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(GuideCatalog catalog, NotFoundSuggestions suggestions) : PageModel, IHasPageMeta
{
    public int Code { get; private set; }

    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public GuideCatalog Catalog => catalog;

    /// <summary>For a missing page: pages whose words match the words of the address that was asked for.</summary>
    public IReadOnlyList<SearchHit> Suggestions { get; private set; } = [];

    public PageMeta Meta => new() { Title = Heading, Description = Explanation, Path = HttpContext.Request.Path, Indexable = false };

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var failed = HttpContext.Features.Get<IExceptionHandlerFeature>() is not null;
        _ = int.TryParse(RouteData.Values["code"]?.ToString(), out var code);
        Code = (reExecuted is not null || failed) && code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
        (Heading, Explanation) = Code switch
        {
            404 => ("Page not found", "We could not find that page. It may have moved, or the address may have a typo."),
            400 => ("That request did not make sense", "Something in the address or form was not in a form we understand."),
            405 => ("That kind of request is not supported", "This site's pages can only be read. Follow a link or type an address instead."),
            429 => ("Too many requests", "You have sent a lot of requests in a short time. Please wait a moment and try again."),
            >= 500 => ("Something went wrong on our side", "The page could not be shown because of a fault on our server. It has been logged; please try again later."),
            _ => ("That did not work", "The page could not be shown."),
        };
        if (Code == 404 && reExecuted is { OriginalPath: { } original })
        {
            // Worked out by the output cache's policy when it runs (the cached page must match its key).
            Suggestions = HttpContext.Items[NotFoundPageCache.SuggestionsItem] as IReadOnlyList<SearchHit> ?? suggestions.For(original);
        }
    }
}
