
namespace MaGuide.Web.Data;

/// <summary>The read-only store built from content/data/*.csv.</summary>
public sealed class MaGuideDb(DbContextOptions<MaGuideDb> options) : DbContext(options)
{
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Area> Areas => Set<Area>();
    public DbSet<Role> Roles => Set<Role>();
    public DbSet<RoleFact> RoleFacts => Set<RoleFact>();
    public DbSet<WageEstimate> WageEstimates => Set<WageEstimate>();
    public DbSet<MetroWage> MetroWages => Set<MetroWage>();
    public DbSet<IndustryWage> IndustryWages => Set<IndustryWage>();
    public DbSet<Projection> Projections => Set<Projection>();
    public DbSet<ScopeTask> ScopeTasks => Set<ScopeTask>();
    public DbSet<ScopeRule> ScopeRules => Set<ScopeRule>();
    public DbSet<PriceParity> PriceParities => Set<PriceParity>();
    public DbSet<CensusDivision> CensusDivisions => Set<CensusDivision>();
    public DbSet<MetroState> MetroStates => Set<MetroState>();
    public DbSet<TrainingRoute> TrainingRoutes => Set<TrainingRoute>();
    public DbSet<TrainingFact> TrainingFacts => Set<TrainingFact>();
    public DbSet<TrainingFunding> TrainingFunding => Set<TrainingFunding>();
    public DbSet<Credential> Credentials => Set<Credential>();
    public DbSet<CredentialRoute> CredentialRoutes => Set<CredentialRoute>();
    public DbSet<CredentialRule> CredentialRules => Set<CredentialRule>();
    public DbSet<StoreInfo> StoreInfo => Set<StoreInfo>();
    public DbSet<DataFile> DataFiles => Set<DataFile>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<Trust.TrustTier>().HaveConversion<string>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MaGuideDb).Assembly);
}
