using MaGuide.Web.Data.Trust;
using MaGuide.Web.Data.Vocabulary;

namespace MaGuide.Web.Data;

/// <summary>
/// Fills the computed fields of a freshly read data set from <see cref="Trust.Trust"/>: every row's tier, the
/// preferred row of each key, each scope rule's confidence and each state's overall label.
/// </summary>
internal static class DataSetTrust
{
    public static void Apply(DataSet data)
    {
        var sources = new SourceIndex(data.Sources);
        Rank(data.Wages, sources, w => new FigureEvidence(
            $"{w.RoleSlug} {w.AreaCode} {w.Period}", w.SourceId,
            [w.AnnualMedian, w.AnnualMean, w.HourlyMedian, w.HourlyMean, w.AnnualP10, w.AnnualP25, w.AnnualP75, w.AnnualP90,
             w.HourlyP10, w.HourlyP25, w.HourlyP75, w.HourlyP90, w.Employment, w.EmploymentPer1000, w.LocationQuotient],
            [0, 1, 2, 3], w.PeriodInferred, w.PreferredBecause),
            (w, v) => (w.Tier, w.Preferred) = (v.Tier, v.Preferred));
        Rank(data.MetroWages, sources, w => new FigureEvidence(
            $"{w.RoleSlug} {w.AreaName} {w.Period}", w.SourceId, [w.AnnualMedian, w.AnnualMean, w.HourlyMean, w.Employment], [0, 1, 2], false, w.PreferredBecause),
            (w, v) => (w.Tier, w.Preferred) = (v.Tier, v.Preferred));
        Rank(data.IndustryWages, sources, w => new FigureEvidence(
            $"{w.RoleSlug} {w.IndustryName} {w.Period}", w.SourceId, [w.AnnualMean, w.HourlyMean, w.Employment], [0, 1], false, w.PreferredBecause),
            (w, v) => (w.Tier, w.Preferred) = (v.Tier, v.Preferred));
        Rank(data.Projections, sources, p => new FigureEvidence(
            $"{p.RoleSlug} {p.BaseYear}-{p.TargetYear}", p.SourceId,
            [p.ChangePercent, p.AnnualOpenings, p.EmploymentBase, p.EmploymentTarget, p.ChangeNumber], [0, 1], false, p.PreferredBecause),
            (p, v) => (p.Tier, p.Preferred) = (v.Tier, v.Preferred));

        foreach (var fact in data.RoleFacts)
        {
            fact.Tier = sources.IsOfficial(fact.SourceId) ? TrustTier.Official : TrustTier.Reported;
        }

        foreach (var parity in data.PriceParities)
        {
            parity.Tier = sources.IsOfficial(parity.SourceId) ? TrustTier.Official : TrustTier.Reported;
        }

        var verdicts = Trust.Trust.RankRules([.. data.ScopeRules.Select(r => new RuleEvidence($"{r.StateCode} {r.TaskKey}", r.Status, r.SourceId, r.PreferredBecause))], sources);
        for (var i = 0; i < verdicts.Length; i++)
        {
            var rule = data.ScopeRules[i];
            (rule.Confidence, rule.Tier, rule.Preferred) = (verdicts[i].Confidence, verdicts[i].Tier, verdicts[i].Preferred);
        }

        foreach (var area in data.Areas.Where(a => a.IsState))
        {
            var known = data.ScopeRules.Where(r => r.Preferred && r.StateCode == area.Code && r.Status != ScopeStatuses.Unknown).Select(r => r.Confidence);
            area.ScopeConfidence = Trust.Trust.StateLabel(known, data.ScopeTasks.Count);
        }
    }

    private static void Rank<T>(IReadOnlyList<T> rows, SourceIndex sources, Func<T, FigureEvidence> evidence, Action<T, FigureVerdict> apply)
    {
        var verdicts = Trust.Trust.RankFigures([.. rows.Select(evidence)], sources);
        for (var i = 0; i < rows.Count; i++)
        {
            apply(rows[i], verdicts[i]);
        }
    }
}

/// <summary>
/// Confidence labels an editor typed (an optional <c>confidence</c> column in scope_rules.csv or
/// <c>scope_confidence</c> in areas.csv). They are never used; each one that contradicts the computed value is an
/// error at its line, so an old or hand-edited file cannot claim more certainty than its evidence gives.
/// </summary>
internal sealed class TypedLabels
{
    private readonly List<(CsvRow Row, ScopeRule Rule, string Typed)> rules = [];
    private readonly List<(CsvRow Row, string Code, string Typed)> areas = [];

    public void Rule(CsvRow row, ScopeRule rule)
    {
        if (row.Text("confidence") is { Length: > 0 } typed)
        {
            rules.Add((row, rule, typed));
        }
    }

    public void Area(CsvRow row, string code)
    {
        if (row.Text("scope_confidence") is { Length: > 0 } typed)
        {
            areas.Add((row, code, typed));
        }
    }

    public void Check(DataSet data)
    {
        foreach (var (row, rule, typed) in rules.Where(r => r.Typed != r.Rule.Confidence))
        {
            var why = rule.Status == ScopeStatuses.Unknown ? "a rule whose status is unknown has no confidence"
                : rule.Confidence == Confidences.Solid ? "its source is official, so it is solid"
                : $"solid needs an official source; {rule.SourceId ?? "no source"} gives {rule.Confidence}";
            row.Problem($"confidence \"{typed}\" contradicts the evidence: {why} (confidence is computed; remove the column)");
        }

        foreach (var (row, code, typed) in areas)
        {
            var computed = data.Areas.First(a => a.Code == code).ScopeConfidence;
            if (typed != computed)
            {
                row.Problem($"scope_confidence \"{typed}\" contradicts the state's rules, which give \"{computed}\" (the label is computed; remove the column)");
            }
        }
    }
}

/// <summary>A rule cannot rest on a law its own citation marks as repealed.</summary>
internal static class RepealedCitation
{
    public static void Check(CsvRow row, ScopeRule rule)
    {
        if (ScopeStatuses.RestsOnLaw(rule.Status)
            && rule.Citation.Contains("repealed", StringComparison.OrdinalIgnoreCase))
        {
            row.Problem($"citation marks a law as repealed, but status \"{rule.Status}\" rests on it; cite the law in force, or set status unknown");
        }
    }
}
