using MaGuide.Web.Content;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaGuide.Web.Pages.Salary;

/// <summary>/salary/settings: Medical assistant pay by work setting.</summary>
public sealed class SettingsModel(SalaryQuery query) : PageModel, IHasPageMeta
{
    public SalaryReport Report { get; private set; } = default!;

    public PageMeta Meta { get; } = SalaryMeta.For("Medical assistant pay by work setting", "What medical assistants earn by kind of workplace (annual mean wage by industry), each figure with its source and period.", SiteLinks.SalarySettings);

    public async Task OnGetAsync(CancellationToken ct) => Report = await query.GetAsync(ct);
}
