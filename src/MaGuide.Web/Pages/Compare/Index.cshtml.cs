using MaGuide.Web.Content;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaGuide.Web.Pages.Compare;

public sealed class IndexModel(CompareQuery query) : PageModel, IHasPageMeta
{
    public IReadOnlyList<RoleProfile> Roles { get; private set; } = [];

    public PageMeta Meta { get; } = new()
    {
        Title = "Medical assistant compared with nearby jobs",
        Description = "Medical assistant beside nursing assistant, phlebotomist, LPN, RN, physician assistant and others: education, training, license, pay and outlook, each sourced.",
        Path = SiteLinks.CompareIndex,
        Breadcrumbs = [Crumb.Home, new("Compare roles", null)],
    };

    public async Task OnGetAsync(CancellationToken ct) => Roles = await query.AllAsync(ct);
}
