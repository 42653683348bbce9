using System.Globalization;
using MaGuide.Web.Data.Vocabulary;

namespace MaGuide.Web.Data;

/// <summary>
/// Provenance and coverage of one table: the trust tiers of the rows shown (preferred), which periods, conflicts.
/// </summary>
public sealed record TableQuality(string Table, int Rows, int PreferredRows, TierMix Tiers, IReadOnlyList<string> Periods, int ConflictKeys, string? Newest);

/// <summary>
/// What we hold for one state: its headline pay period and tier, and the trust tiers of its scope rules over every
/// task (a task with no rule, or an unknown one, counts as unknown).
/// </summary>
public sealed record StateQuality(string Code, string Name, string Confidence, string? NewestPayPeriod, Trust.TrustTier? PayTier, int RulesWithStatus, int UnknownRules, TierMix Rules);

public sealed record QualityReport(IReadOnlyList<TableQuality> Tables, IReadOnlyList<StateQuality> States, int Sources, int OfficialSources)
{
    public IReadOnlyList<StateQuality> StatesWithoutPay => [.. States.Where(s => s.NewestPayPeriod is null)];

    public IReadOnlyList<StateQuality> StatesWithoutRules => [.. States.Where(s => s.RulesWithStatus == 0)];

    /// <summary>The 15 × 6 matrix of the largest states and the clinical tasks readers ask about most.</summary>
    public ScopeCoverage FocusScope { get; init; } = new([], [], []);

    /// <summary>Medical assistant pay coverage and the most common comparable kind of figure across the states.</summary>
    public PayCoverage Pay { get; init; } = new(0, [], [], [], []);

    /// <summary>The summary <c>check</c> prints, one line per table and one for the gaps.</summary>
    public IEnumerable<string> SummaryLines()
    {
        foreach (var t in Tables)
        {
            yield return $"quality: {t.Table}: {t.Rows} rows, {t.PreferredRows} shown by tier: {t.Tiers.InWords()}; " +
                $"{t.ConflictKeys} conflicts kept{(t.Periods.Count > 0 ? $", periods {t.Periods[0]} to {t.Periods[^1]}" : "")}{(t.Newest is null ? "" : $", newest {t.Newest}")}";
        }

        yield return FocusScope.SummaryLine();
        yield return $"quality: states by tier of their scope rules (all tasks): {StatesTierMix.InWords()}";
        foreach (var s in States)
        {
            yield return $"quality: state {s.Code}: rules {s.Rules.InWords()}; pay {(s.PayTier is { } tier ? $"{s.NewestPayPeriod}, {Trust.Trust.Name(tier)}" : "none")}";
        }

        yield return $"quality: sources: {OfficialSources} of {Sources} official; states without pay figures: {Names(StatesWithoutPay)}; states with no sourced scope rule: {Names(StatesWithoutRules)}";
        yield return Pay.SummaryLine();
    }

    /// <summary>The tier mix of every state's scope rules added together.</summary>
    public TierMix StatesTierMix => States.Aggregate(TierMix.Empty, (sum, s) =>
        new TierMix(sum.Official + s.Rules.Official, sum.Confirmed + s.Rules.Confirmed, sum.Reported + s.Rules.Reported, sum.Unknown + s.Rules.Unknown));

    private static string Names(IReadOnlyList<StateQuality> states) => states.Count == 0 ? "none" : string.Join(", ", states.Select(s => s.Code));
}

/// <summary>Computes the <see cref="QualityReport"/> from a data set (the CSVs for <c>check</c>, the store for the page).</summary>
public static class DataQuality
{
    public static QualityReport Compute(DataSet data)
    {
        var kinds = data.Sources.ToDictionary(s => s.Id, s => s.Kind, StringComparer.Ordinal);
        // Tables without a computed tier (one row per fact, nothing to confirm it): official by source, else reported.
        Trust.TrustTier? BySource(string sourceId) => kinds.GetValueOrDefault(sourceId) == Trust.SourceKinds.Official ? Trust.TrustTier.Official : Trust.TrustTier.Reported;

        static IReadOnlyList<string> Periods(IEnumerable<(int? Year, string Period)> rows) =>
            [.. rows.Where(r => r.Year is not null).OrderBy(r => r.Year).Select(r => r.Period).Distinct()];

        TableQuality Table<T>(string name, IReadOnlyList<T> rows, Func<T, string> key, Func<T, bool> preferred, Func<T, Trust.TrustTier?> tier, IReadOnlyList<string> periods) =>
            new(name, rows.Count, rows.Count(preferred), TierMix.Of(rows.Where(preferred).Select(tier)), periods,
                rows.GroupBy(key).Count(g => g.Count() > 1), periods.Count > 0 ? periods[^1] : null);

        var tables = new List<TableQuality>
        {
            Table("wages.csv", data.Wages, w => $"{w.RoleSlug} {w.AreaCode} {w.Period}", w => w.Preferred, w => w.Tier, Periods(data.Wages.Select(w => (w.Year, w.Period)))),
            Table("metro_wages.csv", data.MetroWages, w => $"{w.RoleSlug} {w.AreaName} {w.Period}", w => w.Preferred, w => w.Tier, Periods(data.MetroWages.Select(w => (w.Year, w.Period)))),
            Table("industry_wages.csv", data.IndustryWages, w => $"{w.RoleSlug} {w.IndustryName} {w.Period}", w => w.Preferred, w => w.Tier, Periods(data.IndustryWages.Select(w => (w.Year, w.Period)))),
            Table("projections.csv", data.Projections, p => $"{p.RoleSlug} {p.BaseYear}-{p.TargetYear}", p => p.Preferred, p => p.Tier,
                [.. data.Projections.OrderBy(p => p.TargetYear).Select(p => $"{p.BaseYear}-{p.TargetYear}").Distinct()]),
            Table("scope_rules.csv", data.ScopeRules, r => $"{r.StateCode} {r.TaskKey}", r => r.Preferred, r => r.Tier, []),
            Table("role_facts.csv", data.RoleFacts, f => $"{f.RoleSlug} {f.Attribute}", _ => true, f => f.Tier, []),
            Table("price_parities.csv", data.PriceParities, p => $"{p.StateCode} {p.Year}", _ => true, p => p.Tier,
                [.. data.PriceParities.Select(p => p.Year.ToString(CultureInfo.InvariantCulture)).Distinct().Order(StringComparer.Ordinal)]),
            Table("training_facts.csv", data.TrainingFacts, f => $"{f.RouteId} {f.Attribute}", _ => true, f => BySource(f.SourceId), []),
            Table("credential_routes.csv", data.CredentialRoutes, r => $"{r.CredentialId} {r.Route}", _ => true, r => BySource(r.SourceId), []),
        };

        var states = data.Areas.Where(a => a.IsState).OrderBy(a => a.Name, StringComparer.Ordinal).Select(area =>
        {
            var pay = Trust.Trust.Headline(
                data.Wages.Where(w => w.Preferred && w.AreaCode == area.Code && w.RoleSlug == WellKnown.Occupation && w.Year is not null && (w.AnnualMedian ?? w.AnnualMean) is not null),
                w => w.Tier, w => w.Year);
            var rules = data.ScopeRules.Where(r => r.Preferred && r.StateCode == area.Code).ToList();
            var byTask = data.ScopeTasks.Select(t => rules.FirstOrDefault(r => r.TaskKey == t.Key) is { Status: not ScopeStatuses.Unknown } rule ? rule.Tier : null);
            return new StateQuality(area.Code, area.Name, area.ScopeConfidence ?? Trust.Confidences.None, pay?.Period, pay?.Tier,
                rules.Count(r => r.Status != ScopeStatuses.Unknown), rules.Count(r => r.Status == ScopeStatuses.Unknown), TierMix.Of(byTask));
        }).ToList();

        return new QualityReport(tables, states, data.Sources.Count, data.Sources.Count(s => s.Kind == Trust.SourceKinds.Official)) { FocusScope = ScopeCoverage.Compute(data), Pay = PayCoverage.Compute(data) };
    }

    /// <summary>Reads every table of the store back into a data set.</summary>
    public static DataSet Load(MaGuideDb db) => new()
    {
        Sources = [.. db.Sources],
        Areas = [.. db.Areas],
        Roles = [.. db.Roles],
        RoleFacts = [.. db.RoleFacts],
        Wages = [.. db.WageEstimates],
        MetroWages = [.. db.MetroWages],
        IndustryWages = [.. db.IndustryWages],
        Projections = [.. db.Projections],
        ScopeTasks = [.. db.ScopeTasks],
        ScopeRules = [.. db.ScopeRules],
        PriceParities = [.. db.PriceParities],
        CensusDivisions = [.. db.CensusDivisions],
        MetroStates = [.. db.MetroStates],
        TrainingRoutes = [.. db.TrainingRoutes],
        TrainingFacts = [.. db.TrainingFacts],
        TrainingFunding = [.. db.TrainingFunding],
        Credentials = [.. db.Credentials],
        CredentialRoutes = [.. db.CredentialRoutes],
        CredentialRules = [.. db.CredentialRules],
    };
}
