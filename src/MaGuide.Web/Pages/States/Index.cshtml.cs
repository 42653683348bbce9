using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaGuide.Web.Pages.States;

public sealed class IndexModel(StateQuery states, SalaryQuery salary) : PageModel, IHasPageMeta
{
    public IReadOnlyList<StateSummary> States { get; private set; } = [];

    public IReadOnlyDictionary<string, StateWage> Pay { get; private set; } = new Dictionary<string, StateWage>();

    public PageMeta Meta { get; } = new()
    {
        Title = "Medical assistant rules and pay by state",
        Description = "Pick a state to see what medical assistants may do there, the law or board page behind each rule, how sure we are, and local pay.",
        Path = "/states",
        Breadcrumbs = [new("Home", "/"), new("States", null)],
    };

    public async Task OnGetAsync(CancellationToken ct)
    {
        States = await states.ListAsync(ct);
        Pay = (await salary.GetAsync(ct)).States.ToDictionary(s => s.Code, StringComparer.Ordinal);
    }
}
