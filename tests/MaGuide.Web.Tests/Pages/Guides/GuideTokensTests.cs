using AngleSharp.Html.Parser;
using MaGuide.Web.Content;
using MaGuide.Web.Data;
using MaGuide.Web.Pages.Guides;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MaGuide.Web.Tests.Pages.Guides;

/// <summary>
/// Guide tokens resolved against a store built from the small fixture: figures from the typed query, tables rendered
/// outside any request by the Razor components the salary and compare pages use.
/// </summary>
public sealed class GuideTokensTests
{
    private static readonly Lazy<IDbContextFactory<MaGuideDb>> Store = new(() => BuiltStores.ReadOnly(Fixtures.Good));

    private static readonly Lazy<GuideTokens> Tokens = new(() => GuideTokens.Load(Store.Value));

    private static AngleSharp.Html.Dom.IHtmlDocument Table(string expression)
    {
        var value = Tokens.Value.Resolve(DataToken.Parse(expression));
        Assert.Null(value.Problem);
        return new HtmlParser().ParseDocument("<body>" + Assert.IsType<string>(value.TableHtml) + "</body>");
    }

    [Fact]
    public void A_figure_token_resolves_to_the_figure_in_words_with_its_source()
    {
        var value = Tokens.Value.Resolve(DataToken.Parse("wage national median_annual"));

        Assert.Equal("$44,720 a year", value.Text);
        Assert.StartsWith("Median annual wage, medical assistants, ", value.What, StringComparison.Ordinal);
        Assert.Null(value.TableHtml);
    }

    [Fact]
    public void The_compare_token_renders_the_compare_pages_table_with_linked_roles_and_numbered_sources()
    {
        var html = Table("table compare cna");

        var table = Assert.Single(html.QuerySelectorAll("table.app-table.app-table--compare.app-table--stack"));
        Assert.NotNull(table.QuerySelector("thead th a[href='/compare/cna']"));
        var cite = Assert.IsType<AngleSharp.Html.Dom.IHtmlAnchorElement>(table.QuerySelector("sup.app-cite a"), exactMatch: false);
        var note = html.GetElementById(cite.Hash.TrimStart('#'));
        Assert.NotNull(note);
        Assert.NotNull(note.QuerySelector(".app-source a[rel='external']"));
    }

    [Fact]
    public void The_pay_tables_render_with_the_salary_pages_components()
    {
        var states = Table("table wages-by-state");
        var settings = Table("table wages-by-industry");

        // Beside prose the three columns stack on a phone (app-table--stack), not scroll sideways like the ranked table.
        Assert.NotNull(states.QuerySelector("table.app-table--stack th[scope='row'] a[href='/states/ca']"));
        Assert.Null(states.QuerySelector(".app-scroller, .app-table--matrix"));
        Assert.Equal(["State", "Pay", "Period"], states.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.NotNull(states.QuerySelector("caption a[href='/salary/states']"));
        Assert.NotNull(settings.QuerySelector("table.app-table--stack td[data-label='Mean pay'] sup.app-cite"));
        Assert.NotNull(settings.QuerySelector(".app-notes li[id^='guide-settings-src-']"));
    }

    [Fact]
    public async Task Every_table_is_rendered_before_any_guide_asks_so_resolving_one_never_renders()
    {
        // Rendering lazily, while guides were parsed in parallel, blocked pool threads on the renderer (start-ups of
        // 19-54 s with 1,000 guides). Here the renderer is gone before any table is asked for, from many threads.
        var figures = await FigureQuery.LoadAsync(Store.Value, CancellationToken.None);
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var tables = await GuideTables.RenderAsync(figures, renderer);
        await renderer.DisposeAsync();

        string[] expressions = ["table wages-by-state", "table wages-by-industry", "table compare-roles", .. figures.Roles.Skip(1).Select(r => $"table compare {r.Slug}")];
        var html = new string?[expressions.Length * 8];
        Parallel.For(0, html.Length, i => html[i] = tables.Render((TableToken)DataToken.Parse(expressions[i % expressions.Length])).TableHtml);

        Assert.Equal(expressions.Length, tables.Tokens.Count);
        Assert.NotEmpty(figures.Roles.Skip(1));
        Assert.All(html, table => Assert.StartsWith("<", table, StringComparison.Ordinal));
        Assert.All(html, table => Assert.Contains("<table", table, StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_role_in_a_compare_token_names_the_roles_there_are()
    {
        var value = Tokens.Value.Resolve(DataToken.Parse("table compare wizard"));

        Assert.StartsWith("no role \"wizard\" to compare (roles: ", value.Problem, StringComparison.Ordinal);
        Assert.Null(value.TableHtml);
    }

    [Fact]
    public void Tables_render_with_the_web_hosts_services_when_scopes_are_validated_as_in_development()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Services.AddRazorPages();
        using var app = builder.Build();

        var tokens = GuideTokens.Load(Store.Value, app.Services);

        Assert.Contains("<table", tokens.Resolve(DataToken.Parse("table wages-by-industry")).TableHtml, StringComparison.Ordinal);
    }
}
