using System.Collections.Concurrent;
using MaGuide.Web.Components;
using MaGuide.Web.Content;
using MaGuide.Web.Infrastructure;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace MaGuide.Web.Pages.Guides;

/// <summary>
/// Renders a guide's table tokens with the Razor components the salary and compare pages use (as a static-site
/// generator renders a shortcode with its template). Guides load at start-up, in <c>check</c> and in export, outside any
/// request, so the framework's <see cref="HtmlRenderer"/> renders the components; each table is rendered once and kept.
/// </summary>
public sealed class GuideTables(FigureQuery figures, HtmlRenderer renderer)
{

    private readonly ConcurrentDictionary<TableToken, TokenValue> rendered = new();

    public TokenValue Render(TableToken token) => rendered.GetOrAdd(token, RenderOnce);

    private TokenValue RenderOnce(TableToken token)
    {
        var salary = figures.Salary;
        var roles = figures.Roles;
        switch (token.Kind)
        {
            case TableKind.WagesByState:
                return Html<StatePayTable>(new()
                {
                    [nameof(StatePayTable.Rankings)] = salary.Rankings,
                    [nameof(StatePayTable.Rows)] = salary.Rankings.Rows,
                    [nameof(StatePayTable.Caption)] = $"Medical assistant pay by state: the newest figure we hold for each state, with its source. {salary.StatesWithoutPay} states have no pay figure in our data yet.",
                    [nameof(StatePayTable.MoreHref)] = SiteLinks.SalaryStates(),
                    [nameof(StatePayTable.MoreText)] = "Map, rankings and pay adjusted for prices on the pay-by-state page",
                    [nameof(StatePayTable.Ranks)] = false,
                    [nameof(StatePayTable.Id)] = "guide-states-table",
                    [nameof(StatePayTable.NotePrefix)] = "guide-states-src",
                });
            case TableKind.WagesByIndustry:
                return Html<SettingsTable>(new()
                {
                    [nameof(SettingsTable.Settings)] = salary.Settings,
                    [nameof(SettingsTable.Caption)] = "Medical assistant pay by work setting: the annual mean (average) wage, with its source.",
                    [nameof(SettingsTable.MoreHref)] = SiteLinks.SalarySettings,
                    [nameof(SettingsTable.MoreText)] = "Pay by work setting",
                    [nameof(SettingsTable.Id)] = "guide-settings-table",
                    [nameof(SettingsTable.NotePrefix)] = "guide-settings-src",
                });
            case TableKind.CompareRoles:
                return Compare(roles, "Medical assistant and nearby roles side by side", "compare-roles");
            default:
                return roles.FirstOrDefault(r => r.Slug == token.Role) is { } other && other.Slug != DataToken.DefaultRole
                    ? Compare([roles[0], other], $"{roles[0].ShortName} and {Formats.InSentence(other.ShortName)} side by side", $"compare-{other.Slug}")
                    : TokenValue.Error($"no role \"{token.Role}\" to compare (roles: {string.Join(", ", roles.Skip(1).Select(r => r.Slug))})");
        }
    }

    private TokenValue Compare(IReadOnlyList<RoleProfile> shown, string caption, string id) => Html<RoleCompareTable>(new()
    {
        [nameof(RoleCompareTable.Roles)] = shown,
        [nameof(RoleCompareTable.Caption)] = caption + ". Each figure's numbered source is listed below the table.",
        [nameof(RoleCompareTable.MoreHref)] = SiteLinks.CompareIndex,
        [nameof(RoleCompareTable.MoreText)] = "All comparisons",
        [nameof(RoleCompareTable.LinkRoles)] = true,
        [nameof(RoleCompareTable.Id)] = $"guide-{id}",
        [nameof(RoleCompareTable.NotePrefix)] = $"guide-{id}-src",
    });

    private TokenValue Html<TComponent>(Dictionary<string, object?> parameters)
        where TComponent : IComponent =>
        new()
        {
            TableHtml = renderer.Dispatcher.InvokeAsync(async () =>
                (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString()).GetAwaiter().GetResult(),
        };
}
