using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data.Schema;
using MaGuide.Web.Data.Vocabulary;

namespace MaGuide.Web.Data;

/// <summary>
/// Reads and validates every CSV in content/data through its schema (<see cref="Tables"/>): types, allowed values,
/// references between tables, duplicate keys, percentile order, one preferred row per key. Problems name the file
/// and line. The rows are parsed from the same bytes the store keeps for the downloads.
/// </summary>
public static class DataSetReader
{
    /// <summary>
    /// The validated data set, or null when any table has an error (warnings never stop it). <paramref name="sources"/>
    /// is the sources table when the caller has read it already (so <c>check</c> reads it once).
    /// </summary>
    public static DataSet? Read(ContentPaths paths, List<ContentProblem> problems, SourceTable? sources = null)
    {
        int Errors() => problems.Count(p => p.IsError);
        var before = Errors();
        var files = StoreBuilder.ReadInputs(paths);
        CsvTable? Open(TableSchema schema) => schema.Open(paths, files, problems);

        sources ??= SourceTable.Read(paths, problems, files.GetValueOrDefault(Tables.Sources.FileName));
        var keys = new TableKeys();
        keys.Add("sources", sources.ById.Keys);
        var typed = new TypedLabels();
        var preferences = new List<string>();
        List<T> Read<T>(TableSchema<T> schema, CsvTable? table)
            where T : class => schema.Read(table, keys, preferences);

        var roles = Read(Tables.Roles, Open(Tables.Roles));
        var metroTable = Open(Tables.MetroWages);
        var metros = Read(Tables.MetroWages, metroTable);

        var areasTable = Open(Tables.Areas);
        List<Area> areas = [new() { Code = WellKnown.NationalArea, Name = WellKnown.NationalName, Slug = WellKnown.NationalSlug, IsState = false }, .. Read(Tables.Areas, areasTable)];
        keys.Add("areas", areas.Select(a => a.Code));
        foreach (var (row, area) in (areasTable?.Rows ?? []).Zip(areas.Skip(1)))
        {
            typed.Area(row, area.Code);
        }

        var facts = Read(Tables.RoleFacts, Open(Tables.RoleFacts));
        var wages = Read(Tables.Wages, Open(Tables.Wages));
        PayGaps.CheckNotes(areasTable, wages);
        var industries = Read(Tables.IndustryWages, Open(Tables.IndustryWages));
        var projections = Read(Tables.Projections, Open(Tables.Projections));
        var tasks = Read(Tables.ScopeTasks, Open(Tables.ScopeTasks));
        var rulesTable = Open(Tables.ScopeRules);
        var rules = Read(Tables.ScopeRules, rulesTable);
        keys.Add("scope-rules", rules.Select(r => $"{r.StateCode} {r.TaskKey}"));
        foreach (var (row, rule) in (rulesTable?.Rows ?? []).Zip(rules))
        {
            typed.Rule(row, rule);
        }

        var parities = Read(Tables.PriceParities, Open(Tables.PriceParities));
        var divisions = Read(Tables.CensusDivisionRows, Open(Tables.CensusDivisionRows));
        var metroStates = MetroStates.Read(Open(Tables.MetroStateRows), metroTable, keys["states"], keys["sources"], problems);

        var data = new DataSet
        {
            Sources = [.. sources.ById.Values],
            Areas = areas,
            Roles = roles,
            RoleFacts = facts,
            Wages = wages,
            MetroWages = metros,
            IndustryWages = industries,
            Projections = projections,
            ScopeTasks = tasks,
            ScopeRules = rules,
            PriceParities = parities,
            CensusDivisions = divisions,
            MetroStates = metroStates,
            TrainingRoutes = Read(Tables.TrainingRoutes, Open(Tables.TrainingRoutes)),
            TrainingFacts = Read(Tables.TrainingFacts, Open(Tables.TrainingFacts)),
            TrainingFunding = Read(Tables.TrainingFunding, Open(Tables.TrainingFunding)),
            Credentials = Read(Tables.Credentials, Open(Tables.Credentials)),
            CredentialRoutes = Read(Tables.CredentialRoutes, Open(Tables.CredentialRoutes)),
            CredentialRules = Read(Tables.CredentialRules, Open(Tables.CredentialRules)),
            EditorPreferences = preferences,
            Files = files,
        };
        if (Errors() > before || sources.HasErrors)
        {
            return null;
        }

        DataSetTrust.Apply(data);
        typed.Check(data);
        return Errors() > before ? null : data;
    }
}
