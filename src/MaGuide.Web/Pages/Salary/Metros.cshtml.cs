using MaGuide.Web.Content;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaGuide.Web.Pages.Salary;

/// <summary>/salary/metros: Medical assistant pay in large metro areas.</summary>
public sealed class MetrosModel(SalaryQuery query) : PageModel, IHasPageMeta
{
    public SalaryReport Report { get; private set; } = default!;

    public PageMeta Meta { get; } = SalaryMeta.For("Medical assistant pay in large metro areas", "What medical assistants earn in large US metropolitan areas, with means and medians kept apart and each figure's source.", SiteLinks.SalaryMetros);

    public async Task OnGetAsync(CancellationToken ct) => Report = await query.GetAsync(ct);
}
