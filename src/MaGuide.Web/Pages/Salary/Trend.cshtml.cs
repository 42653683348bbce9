using MaGuide.Web.Content;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaGuide.Web.Pages.Salary;

/// <summary>/salary/trend: national pay by year, one statistic on a year-proportional axis.</summary>
public sealed class TrendModel(SalaryQuery query) : PageModel, IHasPageMeta
{
    public TrendChart Chart { get; private set; } = default!;

    public PageMeta Meta { get; } = SalaryMeta.For(
        "Medical assistant pay over time",
        "National medical assistant pay by year, one statistic on a true year scale, each figure with its source and period.",
        SiteLinks.SalaryTrend);

    public async Task OnGetAsync(CancellationToken ct) => Chart = TrendChart.From((await query.GetAsync(ct)).Trend);
}
