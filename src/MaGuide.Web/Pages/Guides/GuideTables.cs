using MaGuide.Web.Components;
using MaGuide.Web.Content;
using MaGuide.Web.Infrastructure;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace MaGuide.Web.Pages.Guides;

/// <summary>
/// Every table a guide may embed, rendered with the Razor components the salary and compare pages use (as a static-site
/// generator renders a shortcode with its template). The set is small and fixed by the data: the pay by state, the pay
/// by work setting, every nearby role side by side, and one comparison per nearby role. All of them are rendered by
/// <see cref="RenderAsync"/>, awaited, before any guide is parsed; a guide's table token is then only a lookup. (Rendering
/// them lazily, during the parallel guide parse, blocked pool threads on the renderer's dispatcher and starved the pool:
/// a 1,000-guide start took 19–54 s.)
/// </summary>
public sealed class GuideTables
{
    private readonly Dictionary<TableToken, TokenValue> rendered;
    private readonly string roleList;

    private GuideTables(Dictionary<TableToken, TokenValue> rendered, string roleList)
    {
        this.rendered = rendered;
        this.roleList = roleList;
    }

    /// <summary>The tables rendered, one per token a guide may write (the unknown-role error is not one).</summary>
    public IReadOnlyCollection<TableToken> Tokens => rendered.Keys;

    /// <summary>The table <paramref name="token"/> names, already rendered; an error for a role the data does not hold. Never renders.</summary>
    public TokenValue Render(TableToken token) =>
        rendered.TryGetValue(token, out var value)
            ? value
            : TokenValue.Error($"no role \"{token.Role}\" to compare (roles: {roleList})");

    /// <summary>
    /// Renders every table <paramref name="figures"/> can fill with <paramref name="renderer"/>, one after another on
    /// its dispatcher. The result holds only the HTML, so the renderer may be disposed once this completes.
    /// </summary>
    public static async Task<GuideTables> RenderAsync(FigureQuery figures, HtmlRenderer renderer)
    {
        var salary = figures.Salary;
        var roles = figures.Roles;
        var rendered = new Dictionary<TableToken, TokenValue>
        {
            [new(TableKind.WagesByState)] = await Html<StatePayTable>(renderer, new()
            {
                [nameof(StatePayTable.Rankings)] = salary.Rankings,
                [nameof(StatePayTable.Rows)] = salary.Rankings.Rows,
                [nameof(StatePayTable.Caption)] = $"Medical assistant pay by state: the {salary.Rankings.Period} {salary.Rankings.Statistic} where a state has one, so all compare like with like, with its source."
                    + (salary.StatesWithoutPay > 0 ? $" {salary.StatesWithoutPay} states have no pay figure in our data yet." : ""),
                [nameof(StatePayTable.MoreHref)] = SiteLinks.SalaryStates(),
                [nameof(StatePayTable.MoreText)] = "Map, rankings and pay adjusted for prices on the pay-by-state page",
                [nameof(StatePayTable.Ranks)] = false,
                [nameof(StatePayTable.Id)] = "guide-states-table",
                [nameof(StatePayTable.NotePrefix)] = "guide-states-src",
            }),
            [new(TableKind.WagesByIndustry)] = await Html<SettingsTable>(renderer, new()
            {
                [nameof(SettingsTable.Settings)] = salary.Settings,
                [nameof(SettingsTable.Caption)] = "Medical assistant pay by work setting: the annual mean (average) wage, with its source.",
                [nameof(SettingsTable.MoreHref)] = SiteLinks.SalarySettings,
                [nameof(SettingsTable.MoreText)] = "Pay by work setting",
                [nameof(SettingsTable.Id)] = "guide-settings-table",
                [nameof(SettingsTable.NotePrefix)] = "guide-settings-src",
            }),
            [new(TableKind.CompareRoles)] = await Compare(renderer, roles, "Medical assistant and nearby roles side by side", "compare-roles"),
        };

        foreach (var other in roles.Where(r => r.Slug != DataToken.DefaultRole))
        {
            // Two roles' pay of one kind where they share one, as on /compare/ROLE.
            var pair = RolePair.Of(roles[0], other);
            rendered[new(TableKind.Compare, other.Slug)] = await Compare(renderer, [pair.First, pair.Second],
                $"{roles[0].ShortName} and {Formats.InSentence(other.ShortName)} side by side", $"compare-{other.Slug}", pair.PayNote);
        }

        return new GuideTables(rendered, string.Join(", ", roles.Skip(1).Select(r => r.Slug)));
    }

    private static Task<TokenValue> Compare(HtmlRenderer renderer, IReadOnlyList<RoleProfile> shown, string caption, string id, string? payNote = null) => Html<RoleCompareTable>(renderer, new()
    {
        [nameof(RoleCompareTable.PayNote)] = payNote,
        [nameof(RoleCompareTable.Roles)] = shown,
        [nameof(RoleCompareTable.Caption)] = caption + ". Each figure's numbered source is listed below the table.",
        [nameof(RoleCompareTable.MoreHref)] = SiteLinks.CompareIndex,
        [nameof(RoleCompareTable.MoreText)] = "All comparisons",
        [nameof(RoleCompareTable.LinkRoles)] = true,
        [nameof(RoleCompareTable.Id)] = $"guide-{id}",
        [nameof(RoleCompareTable.NotePrefix)] = $"guide-{id}-src",
    });

    private static async Task<TokenValue> Html<TComponent>(HtmlRenderer renderer, Dictionary<string, object?> parameters)
        where TComponent : IComponent =>
        new()
        {
            TableHtml = await renderer.Dispatcher.InvokeAsync(async () =>
                (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString()),
        };
}
