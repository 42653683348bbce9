using MaGuide.Web.Content;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaGuide.Web.Pages.Training;

public sealed class IndexModel(TrainingQuery query) : PageModel, IHasPageMeta
{
    public TrainingReport Report { get; private set; } = default!;

    public PageMeta Meta { get; } = new()
    {
        Title = "Medical assistant training: length, cost and exams",
        Description = "Certificate, degree, on-the-job, apprenticeship and military routes side by side: how long, what it costs, which exams they lead to, and how to pay.",
        Path = SiteLinks.Training,
        Breadcrumbs = [Crumb.Home, new("Training", null)],
    };

    public async Task OnGetAsync(CancellationToken ct) => Report = await query.GetAsync(ct);
}
