using MaGuide.Web.Content;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaGuide.Web.Pages.States;

public sealed class StateModel(StateQuery query) : PageModel, IHasPageMeta
{
    public StateProfile Profile { get; private set; } = default!;

    public PageMeta Meta { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await query.FindAreaAsync(code, ct) is not { } area)
        {
            return NotFound();
        }

        var canonical = SiteLinks.State(area.Code);
        if (!string.Equals(Request.Path.Value, canonical, StringComparison.Ordinal))
        {
            return RedirectPermanent(canonical);
        }

        Profile = (await query.ProfileAsync(area.Code, ct))!;
        Meta = new PageMeta
        {
            Title = PageMeta.FittingTitle($"Medical assistants in {Profile.NameInSentence}: rules and pay", $"{Profile.Name}: medical assistant rules and pay"),
            Description = $"What medical assistants may do in {Profile.NameInSentence}, the law or board page behind each rule, how sure we are, and local pay.",
            Path = canonical,
            Breadcrumbs = [new("Home", SiteLinks.Home), new("States", "/states"), new(Profile.Name, null)],
            StructuredData = SchemaOrg.Occupation(Profile.Wage, SchemaOrg.Area(Profile.Name, !PlaceNames.IsDistrict(Profile.Name)), null) is { } occupation ? [occupation] : [],
        };
        return Page();
    }
}
