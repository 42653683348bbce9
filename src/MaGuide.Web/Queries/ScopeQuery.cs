using MaGuide.Web.Data;
using MaGuide.Web.Data.Vocabulary;

namespace MaGuide.Web.Queries;

public sealed record ScopeTaskView(string Key, string Name, string Description);

/// <summary>The task × state grid: every state, and for each task the preferred rule's status (or none).</summary>
public sealed record ScopeOverview(IReadOnlyList<ScopeTaskView> Tasks, IReadOnlyList<(StateSummary State, IReadOnlyDictionary<string, string> StatusByTask)> States);

/// <summary>
/// One task across all states, grouped by status. States with no rule for the task are in the unknown group too (see
/// <see cref="ScopeStatus.OfCell"/>), listed apart from its rules as <see cref="StatesWithoutRule"/>.
/// </summary>
public sealed record TaskAcrossStates(ScopeTaskView Task, IReadOnlyList<(string Status, IReadOnlyList<ScopeRuleView> Rules)> Groups, IReadOnlyList<StateSummary> StatesWithoutRule)
{
    /// <summary>How many states a group holds: its rules, and for the unknown group the states with no rule as well.</summary>
    public int StateCount(string status, IReadOnlyList<ScopeRuleView> rules) =>
        rules.Count + (status == ScopeStatuses.Unknown ? StatesWithoutRule.Count : 0);
}

public sealed class ScopeQuery(IDbContextFactory<MaGuideDb> factory, StoreMemo memo)
{
    public Task<ScopeOverview> OverviewAsync(CancellationToken ct) => memo.GetAsync("ScopeQuery.OverviewAsync", LoadOverviewAsync, ct);

    private async Task<ScopeOverview> LoadOverviewAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var tasks = (await db.ScopeTasks.OrderBy(t => t.Order).ToListAsync(ct)).Select(t => new ScopeTaskView(t.Key, t.Name, t.Description)).ToList();
        var rules = await db.ScopeRules.Where(r => r.Preferred).ToListAsync(ct);
        var states = await db.Areas.Where(a => a.IsState).OrderBy(a => a.Name).ToListAsync(ct);
        var grid = states.Select(s =>
        {
            var mine = rules.Where(r => r.StateCode == s.Code).ToDictionary(r => r.TaskKey, r => r.Status, StringComparer.Ordinal);
            return (new StateSummary(s.Code, s.Name, s.Slug, s.ScopeConfidence ?? Data.Trust.Confidences.None, mine.Count), (IReadOnlyDictionary<string, string>)mine);
        }).ToList();
        return new ScopeOverview(tasks, grid);
    }

    public Task<TaskAcrossStates?> TaskAsync(string key, CancellationToken ct) => memo.GetAsync($"ScopeQuery.TaskAsync:{key}", c => LoadTaskAsync(key, c), ct);

    private async Task<TaskAcrossStates?> LoadTaskAsync(string key, CancellationToken ct)
    {
        if (key.Length is 0 or > 60)
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var task = await db.ScopeTasks.Where(t => t.Key == key).FirstOrDefaultAsync(ct);
        if (task is null)
        {
            return null;
        }

        var sources = await SourceLookup.LoadAsync(db, ct);
        var states = await db.Areas.Where(a => a.IsState).OrderBy(a => a.Name).ToListAsync(ct);
        var names = states.ToDictionary(s => s.Code, s => s.Name, StringComparer.Ordinal);
        var rules = (await db.ScopeRules.Where(r => r.TaskKey == key && r.Preferred).ToListAsync(ct))
            .Select(r => ScopeViews.From(r, names[r.StateCode], sources)).ToList();
        var covered = rules.Select(r => r.StateCode).ToHashSet(StringComparer.Ordinal);
        var missing = states.Where(s => !covered.Contains(s.Code)).Select(s => new StateSummary(s.Code, s.Name, s.Slug, s.ScopeConfidence ?? Data.Trust.Confidences.None, 0)).ToList();
        var groups = ScopeStatus.Order
            .Select(status => (status, (IReadOnlyList<ScopeRuleView>)[.. rules.Where(r => r.Status == status).OrderBy(r => r.StateName, StringComparer.Ordinal)]))
            .Where(g => g.Item2.Count > 0 || (g.status == ScopeStatuses.Unknown && missing.Count > 0))
            .ToList();
        return new TaskAcrossStates(new ScopeTaskView(task.Key, task.Name, task.Description), groups, missing);
    }
}
