namespace MaGuide.Web.Queries;

/// <summary>Registers the queries the pages ask (the guides' data tokens are registered by <c>AddGuideTokens</c>).</summary>
public static class QueryServiceExtensions
{
    public static WebApplicationBuilder AddQueries(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<StoreMemo>();
        builder.Services.AddSingleton<SalaryQuery>();
        builder.Services.AddSingleton<StateQuery>();
        builder.Services.AddSingleton<StatePairQuery>();
        builder.Services.AddSingleton<ScopeQuery>();
        builder.Services.AddSingleton<CompareQuery>();
        builder.Services.AddSingleton<SourcesQuery>();
        builder.Services.AddSingleton<OpenDataQuery>();
        builder.Services.AddSingleton<QualityQuery>();
        builder.Services.AddSingleton<TrainingQuery>();
        builder.Services.AddSingleton<CredentialQuery>();
        builder.Services.AddSingleton<PaybackQuery>();
        builder.Services.AddSingleton<HubFactsQuery>();
        return builder;
    }
}
