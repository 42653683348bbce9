using MaGuide.Web.Content;
using MaGuide.Web.Data.Vocabulary;
using MaGuide.Web.Infrastructure;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaGuide.Web.Pages.Compare;

public sealed class RoleModel(CompareQuery query, GuideCatalog catalog) : PageModel, IHasPageMeta
{
    public RoleProfile MedicalAssistant { get; private set; } = default!;

    public RoleProfile Other { get; private set; } = default!;

    /// <summary>The two roles with pay of one kind where they share one (<see cref="RolePair.Of"/>).</summary>
    public RolePair Pair { get; private set; } = default!;

    /// <summary>The guide that compares the two roles in prose, if there is one.</summary>
    public Guide? Guide { get; private set; }

    public PageMeta Meta { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string role, CancellationToken ct)
    {
        var roles = await query.AllAsync(ct);
        if (role == WellKnown.Occupation || roles.FirstOrDefault(r => r.Slug == role) is not { } other)
        {
            return NotFound();
        }

        Pair = RolePair.Of(roles.First(r => r.Slug == WellKnown.Occupation), other);
        (MedicalAssistant, Other) = (Pair.First, Pair.Second);
        Guide = catalog.Guides.FirstOrDefault(g => g.Section.Key == "compare" && g.Html.Contains($"\"{SiteLinks.Compare(role)}\"", StringComparison.Ordinal));
        Meta = new PageMeta
        {
            Title = PageMeta.FittingTitle($"Medical assistant vs {Formats.InSentence(other.ShortName)}: side by side", $"MA vs {Formats.InSentence(other.ShortName)}: side by side"),
            Description = $"Medical assistant and {Formats.InSentence(other.ShortName)} side by side: education, training, license, what each may do, pay and outlook, each sourced.",
            Path = SiteLinks.Compare(role),
            Breadcrumbs = [Crumb.Home, new("Compare roles", SiteLinks.CompareIndex), new(other.ShortName, null)],
        };
        return Page();
    }
}
