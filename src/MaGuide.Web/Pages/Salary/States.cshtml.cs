using MaGuide.Web.Content;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace MaGuide.Web.Pages.Salary;

/// <summary>/salary/states: the pay tile map and the state table, sorted by links (works without JavaScript).</summary>
[OutputCache(VaryByQueryKeys = ["sort"])]
public sealed class StatesModel(SalaryQuery query) : PageModel, IHasPageMeta
{
    public StatePayMap Map { get; private set; } = default!;

    /// <summary>How the table is sorted: name, pay or employment; anything else means name.</summary>
    public string Sort { get; private set; } = "name";

    public IReadOnlyList<StateWage> SortedStates { get; private set; } = [];

    public PageMeta Meta { get; } = SalaryMeta.For(
        "Medical assistant pay by state",
        "Medical assistant pay in each state: a tile map on one comparable scale and a sortable table, each figure with its source and period.",
        SiteLinks.SalaryStates());

    public async Task OnGetAsync(string? sort, CancellationToken ct)
    {
        var states = (await query.GetAsync(ct)).States;
        Map = StatePayMap.From(states);
        Sort = sort is "pay" or "employment" ? sort : "name";
        SortedStates = Sort switch
        {
            // Pay ranks like with like: the map's period and statistic first, then each other pair.
            "pay" => [.. states.OrderBy(s => StatePayMap.KeyOf(s) == (Map.Period, Map.Statistic) ? 0 : 1)
                .ThenByDescending(s => s.Figures.Year ?? 0).ThenBy(s => s.Figures.TypicalAnnual!.Value.Measure, StringComparer.Ordinal)
                .ThenByDescending(s => s.Figures.TypicalAnnual!.Value.Value)],
            "employment" => [.. states.OrderByDescending(s => s.Figures.Employment ?? -1)],
            _ => states,
        };
    }
}
