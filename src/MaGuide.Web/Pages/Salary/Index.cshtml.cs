using MaGuide.Web.Content;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaGuide.Web.Pages.Salary;

/// <summary>/salary: national pay, its range and how to read it; links to the pages by state, setting, metro and year.</summary>
public sealed class IndexModel(SalaryQuery query) : PageModel, IHasPageMeta
{
    public SalaryReport Report { get; private set; } = default!;

    public PageMeta Meta { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Report = await query.GetAsync(ct);
        var national = Report.National;
        Meta = SalaryMeta.For(
            "Medical assistant pay",
            "What medical assistants earn in the United States: the national pay range and how to read it, with links to pay by state, work setting, metro area and year.",
            SiteLinks.Salary,
            national?.AnnualMedian is { } median
                ? [new Dictionary<string, object>
                {
                    ["@context"] = "https://schema.org",
                    ["@type"] = "Occupation",
                    ["name"] = "Medical assistant",
                    ["occupationalCategory"] = "31-9092",
                    ["occupationLocation"] = new Dictionary<string, object> { ["@type"] = "Country", ["name"] = "United States" },
                    ["estimatedSalary"] = new Dictionary<string, object>
                    {
                        ["@type"] = "MonetaryAmountDistribution",
                        ["name"] = "base",
                        ["currency"] = "USD",
                        ["duration"] = "P1Y",
                        ["median"] = median,
                        ["percentile10"] = (object?)national.AnnualP10 ?? "",
                        ["percentile90"] = (object?)national.AnnualP90 ?? "",
                    },
                    // The occupation's own classification page, never the page a figure was quoted from.
                    ["sameAs"] = (object?)Report.OccupationPageUrl ?? Array.Empty<string>(),
                }]
                : null);
    }
}
