namespace MaGuide.Web.Data;

/// <summary>Every row of content/data, validated and ready to insert into the store.</summary>
public sealed record DataSet
{
    public required IReadOnlyList<Source> Sources { get; init; }
    public required IReadOnlyList<Area> Areas { get; init; }
    public required IReadOnlyList<Role> Roles { get; init; }
    public required IReadOnlyList<RoleFact> RoleFacts { get; init; }
    public required IReadOnlyList<WageEstimate> Wages { get; init; }
    public required IReadOnlyList<MetroWage> MetroWages { get; init; }
    public required IReadOnlyList<IndustryWage> IndustryWages { get; init; }
    public required IReadOnlyList<Projection> Projections { get; init; }
    public required IReadOnlyList<ScopeTask> ScopeTasks { get; init; }
    public required IReadOnlyList<ScopeRule> ScopeRules { get; init; }
    public required IReadOnlyList<PriceParity> PriceParities { get; init; }
    public IReadOnlyList<CensusDivision> CensusDivisions { get; init; } = [];
    public IReadOnlyList<MetroState> MetroStates { get; init; } = [];
    public IReadOnlyList<TrainingRoute> TrainingRoutes { get; init; } = [];
    public IReadOnlyList<TrainingFact> TrainingFacts { get; init; } = [];
    public IReadOnlyList<TrainingFunding> TrainingFunding { get; init; } = [];
    public IReadOnlyList<Credential> Credentials { get; init; } = [];
    public IReadOnlyList<CredentialRoute> CredentialRoutes { get; init; } = [];
    public IReadOnlyList<CredentialRule> CredentialRules { get; init; } = [];

    /// <summary>
    /// Every content/data/*.csv as read for this data set (file name such as <c>wages.csv</c> → raw bytes), stored
    /// with the rows so the open-data CSV downloads are the repository files byte for byte.
    /// </summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; init; } = new Dictionary<string, byte[]>();

    /// <summary>Rows an editor preferred over the computed choice, as <c>path:line: reason</c>; <c>check</c> prints them.</summary>
    public IReadOnlyList<string> EditorPreferences { get; init; } = [];

    /// <summary>Row counts by CSV file name, for the import summary and the round-trip test.</summary>
    public IReadOnlyDictionary<string, int> Counts => new Dictionary<string, int>
    {
        ["sources.csv"] = Sources.Count,
        ["areas.csv"] = Areas.Count - 1,
        ["roles.csv"] = Roles.Count,
        ["role_facts.csv"] = RoleFacts.Count,
        ["wages.csv"] = Wages.Count,
        ["metro_wages.csv"] = MetroWages.Count,
        ["industry_wages.csv"] = IndustryWages.Count,
        ["projections.csv"] = Projections.Count,
        ["scope_tasks.csv"] = ScopeTasks.Count,
        ["scope_rules.csv"] = ScopeRules.Count,
        ["price_parities.csv"] = PriceParities.Count,
        ["census_divisions.csv"] = CensusDivisions.Count,
        ["metro_states.csv"] = MetroStates.Count,
        ["training_routes.csv"] = TrainingRoutes.Count,
        ["training_facts.csv"] = TrainingFacts.Count,
        ["training_funding.csv"] = TrainingFunding.Count,
        ["credentials.csv"] = Credentials.Count,
        ["credential_routes.csv"] = CredentialRoutes.Count,
        ["credential_rules.csv"] = CredentialRules.Count,
    };
}
