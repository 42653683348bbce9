using MaGuide.Web.Content;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MaGuide.Web.Pages.States;

public sealed class StateModel(StateQuery query, StatePairQuery pairs) : PageModel, IHasPageMeta
{
    public StateProfile Profile { get; private set; } = default!;

    public PageMeta Meta { get; private set; } = default!;

    /// <summary>The other states of this state's Census division, each linked as a two-state comparison.</summary>
    public IReadOnlyList<(string Code, string Name)> Neighbours { get; private set; } = [];

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
        Neighbours = await pairs.NeighboursAsync(area.Code, ct);
        Meta = new PageMeta
        {
            Title = PageMeta.FittingTitle($"Medical assistants in {Profile.NameInSentence}: rules and pay", $"{Profile.Name}: medical assistant rules and pay"),
            Description = $"What medical assistants may do in {Profile.NameInSentence}, the law or board page behind each rule, how sure we are, and local pay.",
            Path = canonical,
            Breadcrumbs = [Crumb.Home, new("States", SiteLinks.StatesIndex), new(Profile.Name, null)],
            StructuredData = SchemaOrg.Occupation(Profile.Wage, SchemaOrg.Area(Profile.Name, !PlaceNames.IsDistrict(Profile.Name)), null) is { } occupation ? [occupation] : [],
        };
        return Page();
    }
}
