using MaGuide.Web.Content;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaGuide.Web.Pages.Scope;

public sealed class TaskModel(ScopeQuery query) : PageModel, IHasPageMeta
{
    public TaskAcrossStates Result { get; private set; } = default!;

    public PageMeta Meta { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string task, CancellationToken ct)
    {
        if (await query.TaskAsync(task, ct) is not { } result)
        {
            return NotFound();
        }

        Result = result;
        Meta = new PageMeta
        {
            Title = PageMeta.FittingTitle($"{result.Task.Name}: which states allow it", $"{result.Task.Name}: rules by state"),
            Description = PageMeta.FittingDescription(
                $"{result.Task.Description} What each state's law says, with citations and how sure we are.",
                $"{result.Task.Description} Each state's rule, with its citation.",
                $"{result.Task.Name}: what each state's law says about medical assistants, with citations and how sure we are."),
            Path = SiteLinks.ScopeTask(result.Task.Key),
            Breadcrumbs = [Crumb.Home, new("Scope by state", SiteLinks.ScopeOverview), new(result.Task.Name, null)],
        };
        return Page();
    }
}
