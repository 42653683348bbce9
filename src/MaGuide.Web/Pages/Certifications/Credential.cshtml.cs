using MaGuide.Web.Content;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaGuide.Web.Pages.Certifications;

public sealed class CredentialModel(CredentialQuery query) : PageModel, IHasPageMeta
{
    public CredentialDetail Detail { get; private set; } = default!;

    public PageMeta Meta { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (id.Length > 40 || await query.FindAsync(id, ct) is not { } detail)
        {
            return NotFound();
        }

        Detail = detail;
        var c = detail.Credential;
        Meta = new PageMeta
        {
            Title = PageMeta.FittingTitle($"{c.Abbreviation}: {c.Name}", c.Name, c.Abbreviation),
            Description = PageMeta.FittingDescription(
                $"{c.Name} from {c.Body}: who may sit the exam, the fee, how to renew and which state rules name it, each with its source.",
                $"{c.Name}: who may sit the exam, the fee, renewal and the state rules that name it, each with its source.",
                $"{c.Abbreviation}: who may sit the exam, the fee, renewal and the state rules that name it, each with its source."),
            Path = SiteLinks.Certification(c.Id),
            Breadcrumbs = [Crumb.Home, new("Certifications", SiteLinks.Certifications), new(c.Abbreviation, null)],
        };
        return Page();
    }
}
