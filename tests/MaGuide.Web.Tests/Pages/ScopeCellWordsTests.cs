using AngleSharp.Dom;
using MaGuide.Web.Content;
using MaGuide.Web.Data.Vocabulary;

namespace MaGuide.Web.Tests.Pages;

/// <summary>
/// A state and task with no rule, and one whose rule is unknown, mean the same to a reader (we hold no sourced rule;
/// ask the board), so every page that shows a state's status for a task words both the way the legend on /scope does;
/// likewise a state with no credential rule.
/// </summary>
[Collection(SiteTests.Name)]
public sealed class ScopeCellWordsTests(SiteFactory site)
{
    private const string Task = "medication-administration";
    private const string NoRule = "AK";
    private const string UnknownRule = "CT";

    public static TheoryData<string> PagesShowingCells() => ["grid", "task", "state", "pair"];

    [Theory, MemberData(nameof(PagesShowingCells))]
    public async Task A_task_with_no_rule_reads_exactly_like_a_rule_found_unknown(string page)
    {
        var preferred = ComputedData.Site.ScopeRules.Where(r => r.Preferred && r.TaskKey == Task).ToDictionary(r => r.StateCode, r => r.Status);
        Assert.False(preferred.ContainsKey(NoRule), $"{NoRule} now has a {Task} rule; pick another state without one");
        Assert.Equal(ScopeStatuses.Unknown, preferred[UnknownRule]);
        var expected = (ScopeStatus.Symbol(ScopeStatuses.Unknown), ScopeStatus.Words(ScopeStatuses.Unknown));

        Assert.Equal(expected, await CellAsync(page, NoRule));
        Assert.Equal(expected, await CellAsync(page, UnknownRule));
    }

    [Fact]
    public async Task The_scope_legend_defines_every_symbol_the_grid_uses()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync(SiteLinks.ScopeOverview));

        var legend = page.QuerySelectorAll(".app-legend .app-status").Select(Read).ToHashSet();
        var cells = page.QuerySelectorAll("#scope-grid td .app-status").Select(Read).ToHashSet();
        Assert.Subset(legend, cells);
    }

    /// <summary>A state with no sourced credential rule, and the name as a sentence reads it.</summary>
    public static TheoryData<string, string> StatesWithoutCredentialRule => new() { { "AK", "Alaska" }, { "DC", "the District of Columbia" } };

    /// <summary>
    /// The state page, the certification finder and a two-state page each said "no credential rule" in their own words
    /// (one left out the advice, one asked whether the state "asks for" a credential, one wrote "whether District of
    /// Columbia"); all now say it in the one wording (<see cref="ScopeStatus.NoCredentialRuleClause"/>).
    /// </summary>
    [Theory, MemberData(nameof(StatesWithoutCredentialRule))]
    public async Task A_state_with_no_credential_rule_is_worded_the_same_on_every_page_that_says_so(string state, string inSentence)
    {
        Assert.DoesNotContain(ComputedData.Site.ScopeRules, r => r.Preferred && r.StateCode == state && r.TaskKey == WellKnown.RegistrationOrCredential && r.Status != ScopeStatuses.Unknown);
        var clause = ScopeStatus.NoCredentialRuleClause(inSentence);

        foreach (var path in new[] { SiteLinks.State(state), SiteLinks.StatePair(state, "CA"), $"{SiteLinks.Certifications}?background=on-the-job&years=1&state={state}" })
        {
            var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync(path));
            var text = string.Join(' ', (page.QuerySelector("main")?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            Assert.True(text.Contains(clause, StringComparison.OrdinalIgnoreCase), $"{path} does not say \"{clause}\"");
        }
    }

    /// <summary>The status a page shows for <paramref name="state"/> and <see cref="Task"/>: its symbol and its words.</summary>
    private async Task<(string Symbol, string Words)> CellAsync(string page, string state)
    {
        var other = state == NoRule ? UnknownRule : NoRule;
        var path = page switch
        {
            "grid" => SiteLinks.ScopeOverview,
            "task" => SiteLinks.ScopeTask(Task),
            "state" => SiteLinks.State(state),
            _ => SiteLinks.StatePair(state, other),
        };
        var document = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync(path));
        var status = page switch
        {
            "grid" => GridCell(document, state),
            "task" => document.QuerySelector($"main a[href='{SiteLinks.State(state)}']")?.Closest("section")?.QuerySelector("h2 .app-status"),
            "state" => TaskRow(document, "#scope-matrix")?.QuerySelector("td .app-status"),
            _ => TaskRow(document, "#pair-tasks")?.QuerySelectorAll("td .app-status")[string.CompareOrdinal(state, other) < 0 ? 0 : 1],
        };
        Assert.True(status is not null, $"{path} shows no status for {state} and {Task}");
        return Read(status);
    }

    private static IElement? GridCell(IDocument page, string state)
    {
        var column = page.QuerySelectorAll("#scope-grid thead th").Index().First(h => h.Item.QuerySelector($"a[href='{SiteLinks.ScopeTask(Task)}']") is not null).Index;
        var row = page.QuerySelectorAll("#scope-grid tbody tr").FirstOrDefault(r => r.QuerySelector($"th a[href='{SiteLinks.State(state)}']") is not null);
        return row?.Children[column].QuerySelector(".app-status");
    }

    private static IElement? TaskRow(IDocument page, string table) =>
        page.QuerySelectorAll($"{table} tbody tr").FirstOrDefault(r => r.QuerySelector($"th a[href='{SiteLinks.ScopeTask(Task)}']") is not null);

    /// <summary>A status as a reader meets it: the symbol (hidden from screen readers) and the words beside it.</summary>
    private static (string Symbol, string Words) Read(IElement status)
    {
        var symbol = status.QuerySelector("[aria-hidden=true]")?.TextContent.Trim() ?? "";
        var words = string.Concat(status.ChildNodes.Where(n => n is not IElement e || e.GetAttribute("aria-hidden") != "true").Select(n => n.TextContent)).Trim();
        return (symbol, words);
    }
}
