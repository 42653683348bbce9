using MaGuide.Web.Data.Vocabulary;

namespace MaGuide.Web.Data;

/// <summary>One state × task cell of the focus matrix: the preferred rule's status, or <c>unknown</c> when no row exists.</summary>
public sealed record ScopeCell(string State, string Task, string Status)
{
    /// <summary>True when a source addressed the task in the state (any status but <c>unknown</c>).</summary>
    public bool IsKnown => Status != ScopeStatuses.Unknown;
}

/// <summary>A focus state or task: its code or key and the name readers see.</summary>
public sealed record ScopeFocusItem(string Key, string Name);

/// <summary>
/// How many of the clinical tasks readers ask about most have a sourced rule in the states with the most medical
/// assistants: the 15 × 6 matrix of issue #14. A missing row counts as unknown, the same as a row with status
/// <c>unknown</c>; only the preferred row of each state and task is read.
/// </summary>
public sealed record ScopeCoverage(IReadOnlyList<ScopeFocusItem> States, IReadOnlyList<ScopeFocusItem> Tasks, IReadOnlyList<ScopeCell> Cells)
{
    /// <summary>The 15 states with the most medical assistants, largest first, as listed in issue #14.</summary>
    public static readonly IReadOnlyList<string> FocusStates = ["CA", "TX", "FL", "NY", "PA", "IL", "OH", "NC", "GA", "MI", "NJ", "VA", "WA", "AZ", "MA"];

    /// <summary>The six clinical tasks readers ask about most (keys in <c>scope_tasks.csv</c>).</summary>
    public static readonly IReadOnlyList<string> FocusTasks = ["injections", "medication-administration", "iv-therapy", "venipuncture", "limited-xray", "triage-or-clinical-advice"];

    /// <summary>The goal: fewer than this share of the cells may stay unknown.</summary>
    public const double UnknownGoal = 0.25;

    public int Known => Cells.Count(c => c.IsKnown);

    public int Unknown => Cells.Count - Known;

    /// <summary>Unknown cells as a share of all cells, 0 to 1.</summary>
    public double UnknownShare => Cells.Count == 0 ? 0 : (double)Unknown / Cells.Count;

    public bool MeetsGoal => UnknownShare < UnknownGoal;

    /// <summary>The cells of one state, in task order.</summary>
    public IReadOnlyList<ScopeCell> Row(string state) => [.. Cells.Where(c => c.State == state)];

    /// <summary>The name of a focus task, for lists of what is still unknown.</summary>
    public string TaskName(string key) => Tasks.FirstOrDefault(t => t.Key == key)?.Name ?? key;

    /// <summary>The line <c>check</c> prints.</summary>
    public string SummaryLine() =>
        $"quality: scope focus ({States.Count} states x {Tasks.Count} tasks): {Known} of {Cells.Count} cells known, {Unknown} unknown " +
        $"({UnknownShare * 100:0}%; goal under {UnknownGoal * 100:0}%{(MeetsGoal ? ", met" : ", not met")})";

    /// <summary>Reads the focus matrix from a data set (the CSVs for <c>check</c>, the store for the page).</summary>
    public static ScopeCoverage Compute(DataSet data)
    {
        var preferred = data.ScopeRules.Where(r => r.Preferred).ToDictionary(r => (r.StateCode, r.TaskKey), r => r.Status);
        var cells = FocusStates.SelectMany(s => FocusTasks.Select(t => new ScopeCell(s, t, preferred.GetValueOrDefault((s, t), ScopeStatuses.Unknown)))).ToList();
        var stateNames = data.Areas.ToDictionary(a => a.Code, a => a.Name, StringComparer.Ordinal);
        var taskNames = data.ScopeTasks.ToDictionary(t => t.Key, t => t.Name, StringComparer.Ordinal);
        return new ScopeCoverage(
            [.. FocusStates.Select(s => new ScopeFocusItem(s, stateNames.GetValueOrDefault(s, s)))],
            [.. FocusTasks.Select(t => new ScopeFocusItem(t, taskNames.GetValueOrDefault(t, t)))],
            cells);
    }
}
