using MaGuide.Web.Content;
using MaGuide.Web.Infrastructure;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace MaGuide.Web.Pages.Training;

/// <summary>
/// "Is training worth it for me?": a GET form. Bad input answers 400 with the form and the messages, never 500.
/// The answer is cheap to compute, rate-limited like search, and never stored in the output cache (one entry per input);
/// the bare form and a state-only link (<c>?state=TX</c>) are neither limited nor kept out of the cache.
/// </summary>
[EnableRateLimiting(SearchLimits.AnswerPolicy)]
[OutputCache(VaryByQueryKeys = ["state", "cost", "months", "hourly", "hours"])]
public sealed class PaybackModel(PaybackQuery query) : PageModel, IHasPageMeta
{
    /// <summary>Longest raw value accepted for any field before parsing.</summary>
    public const int MaxFieldLength = 40;

    public IReadOnlyList<(string Code, string Name)> States { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public PaybackReport? Report { get; private set; }

    /// <summary>What the reader typed, to refill the form (encoded by Razor when shown).</summary>
    public IReadOnlyDictionary<string, string> Typed { get; private set; } = new Dictionary<string, string>();

    public PageMeta Meta { get; } = new()
    {
        Title = "Is medical assistant training worth it for me?",
        Description = "Enter your state, the program's cost and length and your pay now: see the MA pay figure used, the monthly difference and how soon training pays back.",
        Path = SiteLinks.Payback,
        Breadcrumbs = [Crumb.Home, new("Training", SiteLinks.Training), new("Is it worth it?", null)],
    };

    public async Task<IActionResult> OnGetAsync(string? state, string? cost, string? months, string? hourly, string? hours, CancellationToken ct)
    {
        if (SearchLimits.AsksForAnAnswer(Request.Query) && HttpContext.Features.Get<IOutputCacheFeature>() is { } cache)
        {
            cache.Context.AllowCacheStorage = false;
        }

        States = await query.StatesAsync(ct);
        string?[] raw = [state, cost, months, hourly, hours];
        if (raw.All(v => v is null))
        {
            return Page();
        }

        // A link that names only a state (a state page's "is training worth it here?") chooses it and asks for the
        // numbers; it is not a submitted form, so it shows no errors. A submitted form sends every field, even empty.
        if (cost is null && months is null && hourly is null && hours is null
            && States.FirstOrDefault(s => string.Equals(s.Code, state, StringComparison.OrdinalIgnoreCase)) is { Code.Length: > 0 } chosen)
        {
            Typed = new Dictionary<string, string> { ["state"] = chosen.Code };
            return Page();
        }

        Typed = new Dictionary<string, string>
        {
            ["state"] = Clip(state),
            ["cost"] = Clip(cost),
            ["months"] = Clip(months),
            ["hourly"] = Clip(hourly),
            ["hours"] = Clip(hours),
        };
        var (input, errors) = raw.Any(v => v?.Length > MaxFieldLength)
            ? (null, ["Each answer must be short: a state and four numbers."])
            : PaybackInput.Parse(state, cost, months, hourly, hours, States.Select(s => s.Code).ToHashSet(StringComparer.Ordinal));
        if (input is null)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            // This page is the error page: it shows the form and the messages, so the generic 400 page must not replace it.
            HttpContext.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
            return Page();
        }

        Report = await query.AnswerAsync(input, ct);
        return Page();
    }

    public string Value(string field) => Typed.GetValueOrDefault(field, "");

    private static string Clip(string? value) => (value ?? "").Length > MaxFieldLength ? value![..MaxFieldLength] : value ?? "";
}
