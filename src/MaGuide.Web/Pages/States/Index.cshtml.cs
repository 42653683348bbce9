using MaGuide.Web.Content;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace MaGuide.Web.Pages.States;

/// <summary>
/// /states: every state, and a GET form to compare two. With <c>a</c> and <c>b</c> (codes or name slugs) it redirects
/// to the pair's canonical page; a missing or unknown state answers 400 with the form and a message.
/// </summary>
[OutputCache(VaryByQueryKeys = ["a", "b"])]
public sealed class IndexModel(StateQuery states, SalaryQuery salary) : PageModel, IHasPageMeta
{
    public IReadOnlyList<StateSummary> States { get; private set; } = [];

    public IReadOnlyDictionary<string, StateWage> Pay { get; private set; } = new Dictionary<string, StateWage>();

    public PickTwo Form { get; private set; } = new([], null, null);

    public PageMeta Meta { get; } = new()
    {
        Title = "Medical assistant rules and pay by state",
        Description = "Pick a state, or two to compare, to see what medical assistants may do there, the law or board page behind each rule, how sure we are, and pay.",
        Path = SiteLinks.StatesIndex,
        Breadcrumbs = [Crumb.Home, new("States", null)],
    };

    public async Task<IActionResult> OnGetAsync(string? a, string? b, CancellationToken ct)
    {
        States = await states.ListAsync(ct);
        Pay = (await salary.GetAsync(ct)).States.ToDictionary(s => s.Code, StringComparer.Ordinal);
        Form = new PickTwo(States, a, b);
        // A submitted form with nothing chosen sends "a=&b=" (bound as null): that still needs a message.
        if (!Request.Query.ContainsKey("a") && !Request.Query.ContainsKey("b"))
        {
            return Page();
        }

        var first = a is { Length: > 0 } ? await states.FindAreaAsync(a, ct) : null;
        var second = b is { Length: > 0 } ? await states.FindAreaAsync(b, ct) : null;
        if (first is not null && second is not null)
        {
            return Redirect(SiteLinks.StatePair(first.Code, second.Code));
        }

        Form = Form with { Error = first is null && second is null ? "Choose two states to compare." : $"Choose the {(first is null ? "first" : "second")} state too: pick one from the list." };
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
