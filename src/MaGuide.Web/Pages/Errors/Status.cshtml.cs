using MaGuide.Web.Content;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaGuide.Web.Pages.Errors;

/// <summary>The page shown for any error status; it keeps the status code and never shows technical details.</summary>
public sealed class StatusModel(GuideCatalog catalog, SearchService search) : PageModel, IHasPageMeta
{
    public int Code { get; private set; }

    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public GuideCatalog Catalog => catalog;

    /// <summary>For a missing page: pages whose words match the words of the address that was asked for.</summary>
    public IReadOnlyList<SearchHit> Suggestions { get; private set; } = [];

    public PageMeta Meta => new() { Title = Heading, Description = Explanation, Path = HttpContext.Request.Path };

    public void OnGet(int code) => Show(code);

    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        // Reached directly (/errors/404) or re-executed by the status-code and exception middleware.
        Code = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
        (Heading, Explanation) = Code switch
        {
            404 => ("Page not found", "We could not find that page. It may have moved, or the address may have a typo."),
            400 => ("That request did not make sense", "Something in the address or form was not in a form we understand."),
            429 => ("Too many requests", "You have sent a lot of requests in a short time. Please wait a moment and try again."),
            >= 500 => ("Something went wrong on our side", "The page could not be shown because of a fault on our server. It has been logged; please try again later."),
            _ => ("That did not work", "The page could not be shown."),
        };
        if (Code == 404 && HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is { OriginalPath: { } original })
        {
            var words = original.Replace('-', ' ').Replace('/', ' ');
            Suggestions = words.Length <= SearchIndex.MaxQueryLength ? search.Search(words.Replace("guides", "", StringComparison.Ordinal), limit: 5, anyWord: true) : [];
        }
    }
}
