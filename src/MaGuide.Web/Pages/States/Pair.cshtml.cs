using MaGuide.Web.Content;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaGuide.Web.Pages.States;

/// <summary>
/// /states/{a}/vs/{b}: two states side by side. Canonical address: lowercase codes in alphabetical order; any other
/// spelling (the other order, upper case, a name slug) answers 301. An unknown state is the site's 404 page; the same
/// state twice is a page that says so and offers the form.
/// </summary>
public sealed class PairModel(StateQuery states, StatePairQuery pairs) : PageModel, IHasPageMeta
{
    /// <summary>The two states, or null when the same state was asked for twice.</summary>
    public StatePair? Pair { get; private set; }

    /// <summary>The state asked for twice, when it was.</summary>
    public StateSummary? Same { get; private set; }

    /// <summary>The other states of the same Census division (of the first state), to compare with next.</summary>
    public IReadOnlyList<(string Code, string Name)> Neighbours { get; private set; } = [];

    public PickTwo Form { get; private set; } = new([], null, null);

    public PageMeta Meta { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string a, string b, CancellationToken ct)
    {
        if (await states.FindAreaAsync(a, ct) is not { } first || await states.FindAreaAsync(b, ct) is not { } second)
        {
            return NotFound();
        }

        var canonical = SiteLinks.StatePair(first.Code, second.Code);
        if (!string.Equals(Request.Path.Value, canonical, StringComparison.Ordinal))
        {
            return RedirectPermanent(canonical);
        }

        var all = await states.ListAsync(ct);
        Form = new PickTwo(all, first.Code, first.Code == second.Code ? null : second.Code) { IdPrefix = "pick-again" };
        Neighbours = await pairs.NeighboursAsync(first.Code, ct);
        if (first.Code == second.Code)
        {
            Same = all.First(s => s.Code == first.Code);
            Meta = new PageMeta
            {
                Title = $"Compare {PlaceNames.InSentence(first.Name)} with another state",
                Description = $"You picked {PlaceNames.InSentence(first.Name)} twice. Pick a second state to compare medical assistant pay and rules side by side.",
                Path = SiteLinks.State(first.Code),
                Breadcrumbs = [Crumb.Home, new("States", SiteLinks.StatesIndex), new(first.Name, SiteLinks.State(first.Code)), new("Compare", null)],
            };
            return Page();
        }

        Pair = (await pairs.CompareAsync(first.Code, second.Code, ct))!;
        Meta = new PageMeta
        {
            Title = PageMeta.FittingTitle($"Medical assistants: {Pair.A.Name} vs {Pair.B.Name}", $"{Pair.A.Name} vs {Pair.B.Name}: MA pay and rules", $"{Pair.A.Name} vs {Pair.B.Name}"),
            Description = PageMeta.FittingDescription(
                $"Medical assistant pay, what it buys, the tasks the law allows and the credential asked for in {Pair.A.NameInSentence} and {Pair.B.NameInSentence}, side by side.",
                $"Medical assistant pay, tasks and credentials in {Pair.A.NameInSentence} and {Pair.B.NameInSentence}, side by side."),
            Path = canonical,
            Breadcrumbs = [Crumb.Home, new("States", SiteLinks.StatesIndex), new($"{Pair.A.Name} vs {Pair.B.Name}", null)],
        };
        return Page();
    }
}
