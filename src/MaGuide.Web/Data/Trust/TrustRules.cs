using MaGuide.Web.Data.Vocabulary;

namespace MaGuide.Web.Data.Trust;

/// <summary>One scope rule as the trust rules see it: its (state, task) key, status, source and override reason.</summary>
public sealed record RuleEvidence(string Key, string Status, string? SourceId, string PreferredBecause = "");

/// <summary>What the trust rules decided about one scope rule. <c>Tier</c> is null when the status is unknown.</summary>
public readonly record struct RuleVerdict(string Confidence, TrustTier? Tier, bool Preferred);

public static partial class Trust
{
    /// <summary>
    /// Each rule's confidence, from its evidence: <c>solid</c> needs an official source; <c>moderate</c> is a
    /// third-party copy of the official text, or a summary that another independent non-official row for the
    /// same state, task and status agrees with; <c>thin</c> is one summary or commentary; a rule whose status is
    /// unknown has none. The preferred row of each (state, task) is the editor's override if any, else the
    /// strongest confidence, then file order.
    /// </summary>
    public static RuleVerdict[] RankRules(IReadOnlyList<RuleEvidence> rows, SourceIndex sources)
    {
        var verdicts = new RuleVerdict[rows.Count];
        foreach (var group in Enumerable.Range(0, rows.Count).GroupBy(i => rows[i].Key, StringComparer.Ordinal))
        {
            var members = group.ToList();
            var assessed = members.ToDictionary(i => i, i => RuleConfidence(i, members, rows, sources));
            var chosen = members.FirstOrDefault(i => rows[i].PreferredBecause.Length > 0, -1);
            if (chosen < 0)
            {
                chosen = members.OrderByDescending(i => Confidences.Rank(assessed[i].Confidence)).ThenBy(i => i).First();
            }

            foreach (var i in members)
            {
                verdicts[i] = new RuleVerdict(assessed[i].Confidence, assessed[i].Tier, i == chosen);
            }
        }

        return verdicts;
    }

    /// <summary>
    /// A state's overall label from its preferred rules: <c>none</c> when no task has a known rule; otherwise the
    /// level that a majority of its known rules reach, and never above <c>thin</c> when more of the
    /// <paramref name="taskCount"/> tasks are unknown (no row, or status unknown) than known.
    /// </summary>
    public static string StateLabel(IEnumerable<string> knownRuleConfidences, int taskCount)
    {
        var ranks = knownRuleConfidences.Select(Confidences.Rank).OrderByDescending(r => r).ToList();
        if (ranks.Count == 0)
        {
            return Confidences.None;
        }

        var majority = ranks[ranks.Count / 2];
        var unknown = Math.Max(0, taskCount - ranks.Count);
        return Confidences.FromRank(unknown > ranks.Count ? Math.Min(majority, 1) : majority);
    }

    private static (string Confidence, TrustTier? Tier) RuleConfidence(int i, List<int> group, IReadOnlyList<RuleEvidence> rows, SourceIndex sources)
    {
        var row = rows[i];
        if (row.Status == ScopeStatuses.Unknown || row.SourceId is null)
        {
            return (Confidences.None, null);
        }

        if (sources.IsOfficial(row.SourceId))
        {
            return (Confidences.Solid, TrustTier.Official);
        }

        var agreed = group.Any(j => j != i && rows[j].SourceId is { } other && rows[j].Status == row.Status
            && !sources.IsOfficial(other) && sources.Independent(row.SourceId, other));
        if (agreed)
        {
            return (Confidences.Moderate, TrustTier.Confirmed);
        }

        return (sources.Kind(row.SourceId) == SourceKinds.Copy ? Confidences.Moderate : Confidences.Thin, TrustTier.Reported);
    }
}
