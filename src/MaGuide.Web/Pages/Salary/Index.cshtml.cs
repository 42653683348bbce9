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
        // The occupation's own classification page (sameAs), never the page a figure was quoted from.
        Meta = SalaryMeta.For(
            "Medical assistant pay",
            "What medical assistants earn in the United States: the national pay range and how to read it, with links to pay by state, work setting, metro area and year.",
            SiteLinks.Salary,
            SchemaOrg.Occupation(national, SchemaOrg.Country(), Report.OccupationPageUrl) is { } occupation ? [occupation] : null);
    }
}
