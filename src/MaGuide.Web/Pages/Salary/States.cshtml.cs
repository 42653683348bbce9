using MaGuide.Web.Content;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace MaGuide.Web.Pages.Salary;

/// <summary>
/// /salary/states: the pay tile map (pay, or with <c>view=adjusted</c> price-adjusted pay) and the state table with both
/// rankings, sorted by links (works without JavaScript). Both query keys are declared so the output cache varies on them.
/// </summary>
[OutputCache(VaryByQueryKeys = ["sort", "view"])]
public sealed class StatesModel(SalaryQuery query) : PageModel, IHasPageMeta
{
    public StatePayMap Map { get; private set; } = default!;

    public PayRankings Rankings { get; private set; } = default!;

    /// <summary>How the table is sorted: name, pay, adjusted or employment; anything else means name.</summary>
    public string Sort { get; private set; } = "name";

    /// <summary>What the map shows: pay, or adjusted; anything else means pay.</summary>
    public string View { get; private set; } = "pay";

    public IReadOnlyList<RankedStatePay> SortedStates { get; private set; } = [];

    public PageMeta Meta { get; } = SalaryMeta.For(
        "Medical assistant pay by state",
        "Medical assistant pay in each state, and what it buys given local prices: a tile map and a table ranked both ways, each figure with its source.",
        SiteLinks.SalaryStates());

    public async Task OnGetAsync(string? sort, string? view, CancellationToken ct)
    {
        Rankings = (await query.GetAsync(ct)).Rankings;
        View = view is "adjusted" ? view : "pay";
        Map = StatePayMap.From(Rankings, adjusted: View == "adjusted");
        Sort = sort is "pay" or "adjusted" or "employment" ? sort : "name";
        var rows = Rankings.Rows;
        SortedStates = Sort switch
        {
            // A ranking lists its ranked states first, in order, then the rest grouped like with like.
            "pay" => [.. rows.OrderBy(r => r.PayRank ?? int.MaxValue).ThenByDescending(r => r.State.Figures.Year ?? 0)
                .ThenBy(r => r.State.Pay.Measure, StringComparer.Ordinal)
                .ThenByDescending(r => r.State.Pay.Value)],
            "adjusted" => [.. rows.OrderBy(r => r.AdjustedRank ?? int.MaxValue).ThenByDescending(r => r.State.Figures.Year ?? 0)
                .ThenBy(r => r.State.Pay.Measure, StringComparer.Ordinal)
                .ThenByDescending(r => r.Adjusted?.Exact ?? 0)],
            "employment" => [.. rows.OrderByDescending(r => r.State.Employment ?? -1)],
            _ => rows,
        };
    }
}
