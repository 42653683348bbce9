using System.Globalization;

namespace MaGuide.Web.Data;

/// <summary>Provenance and coverage of one table: how much rests on primary sources, which periods, conflicts.</summary>
public sealed record TableQuality(string Table, int Rows, int PreferredRows, int PrimaryPreferredRows, IReadOnlyList<string> Periods, int ConflictKeys, string? Newest)
{
    public double PrimaryShare => PreferredRows == 0 ? 0 : (double)PrimaryPreferredRows / PreferredRows;
}

/// <summary>What we hold for one state: pay, scope rules and how they are sourced.</summary>
public sealed record StateQuality(string Code, string Name, string Confidence, string? NewestPayPeriod, bool PayIsOfficial, int RulesWithStatus, int UnknownRules, int OfficialRules);

public sealed record QualityReport(IReadOnlyList<TableQuality> Tables, IReadOnlyList<StateQuality> States, int Sources, int PrimarySources)
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
            yield return $"quality: {t.Table}: {t.Rows} rows, {t.PrimaryPreferredRows} of {t.PreferredRows} preferred rows from primary sources ({t.PrimaryShare * 100:0}%), " +
                $"{t.ConflictKeys} conflicts kept{(t.Periods.Count > 0 ? $", periods {t.Periods[0]} to {t.Periods[^1]}" : "")}{(t.Newest is null ? "" : $", newest {t.Newest}")}";
        }

        yield return FocusScope.SummaryLine();
        yield return $"quality: sources: {PrimarySources} of {Sources} primary; states without pay figures: {Names(StatesWithoutPay)}; states with no sourced scope rule: {Names(StatesWithoutRules)}";
        yield return Pay.SummaryLine();
    }

    private static string Names(IReadOnlyList<StateQuality> states) => states.Count == 0 ? "none" : string.Join(", ", states.Select(s => s.Code));
}

/// <summary>Computes the <see cref="QualityReport"/> from a data set (the CSVs for <c>check</c>, the store for the page).</summary>
public static class DataQuality
{
    public static QualityReport Compute(DataSet data)
    {
        var kinds = data.Sources.ToDictionary(s => s.Id, s => s.Kind, StringComparer.Ordinal);
        bool Primary(string? sourceId) => sourceId is not null && kinds.GetValueOrDefault(sourceId) == Trust.SourceKinds.Official;

        static IReadOnlyList<string> Periods(IEnumerable<(int? Year, string Period)> rows) =>
            [.. rows.Where(r => r.Year is not null).OrderBy(r => r.Year).Select(r => r.Period).Distinct()];

        TableQuality Table<T>(string name, IReadOnlyList<T> rows, Func<T, string> key, Func<T, bool> preferred, Func<T, string?> source, IReadOnlyList<string> periods) =>
            new(name, rows.Count, rows.Count(preferred), rows.Count(r => preferred(r) && Primary(source(r))), periods,
                rows.GroupBy(key).Count(g => g.Count() > 1), periods.Count > 0 ? periods[^1] : null);

        var tables = new List<TableQuality>
        {
            Table("wages.csv", data.Wages, w => $"{w.RoleSlug} {w.AreaCode} {w.Period}", w => w.Preferred, w => w.SourceId, Periods(data.Wages.Select(w => (w.Year, w.Period)))),
            Table("metro_wages.csv", data.MetroWages, w => $"{w.RoleSlug} {w.AreaName} {w.Period}", w => w.Preferred, w => w.SourceId, Periods(data.MetroWages.Select(w => (w.Year, w.Period)))),
            Table("industry_wages.csv", data.IndustryWages, w => $"{w.RoleSlug} {w.IndustryName} {w.Period}", w => w.Preferred, w => w.SourceId, Periods(data.IndustryWages.Select(w => (w.Year, w.Period)))),
            Table("projections.csv", data.Projections, p => $"{p.RoleSlug} {p.BaseYear}-{p.TargetYear}", p => p.Preferred, p => p.SourceId,
                [.. data.Projections.OrderBy(p => p.TargetYear).Select(p => $"{p.BaseYear}-{p.TargetYear}").Distinct()]),
            Table("scope_rules.csv", data.ScopeRules, r => $"{r.StateCode} {r.TaskKey}", r => r.Preferred, r => r.SourceId, []),
            Table("role_facts.csv", data.RoleFacts, f => $"{f.RoleSlug} {f.Attribute}", _ => true, f => f.SourceId, []),
            Table("price_parities.csv", data.PriceParities, p => $"{p.StateCode} {p.Year}", _ => true, p => p.SourceId,
                [.. data.PriceParities.Select(p => p.Year.ToString(CultureInfo.InvariantCulture)).Distinct().Order(StringComparer.Ordinal)]),
            Table("training_facts.csv", data.TrainingFacts, f => $"{f.RouteId} {f.Attribute}", _ => true, f => f.SourceId, []),
            Table("credential_routes.csv", data.CredentialRoutes, r => $"{r.CredentialId} {r.Route}", _ => true, r => r.SourceId, []),
        };

        var states = data.Areas.Where(a => a.IsState).OrderBy(a => a.Name, StringComparer.Ordinal).Select(area =>
        {
            var pay = data.Wages.Where(w => w.Preferred && w.AreaCode == area.Code && w.RoleSlug == "medical-assistant" && w.Year is not null && (w.AnnualMedian ?? w.AnnualMean) is not null)
                .OrderByDescending(w => w.Year).FirstOrDefault();
            var rules = data.ScopeRules.Where(r => r.Preferred && r.StateCode == area.Code).ToList();
            return new StateQuality(area.Code, area.Name, area.ScopeConfidence ?? "none", pay?.Period, pay is not null && Primary(pay.SourceId),
                rules.Count(r => r.Status != "unknown"), rules.Count(r => r.Status == "unknown"), rules.Count(r => Primary(r.SourceId)));
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
        TrainingRoutes = [.. db.TrainingRoutes],
        TrainingFacts = [.. db.TrainingFacts],
        TrainingFunding = [.. db.TrainingFunding],
        Credentials = [.. db.Credentials],
        CredentialRoutes = [.. db.CredentialRoutes],
        CredentialRules = [.. db.CredentialRules],
    };
}
