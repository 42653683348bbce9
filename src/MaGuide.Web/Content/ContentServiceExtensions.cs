namespace MaGuide.Web.Content;

public static class ContentServiceExtensions
{
    /// <summary>
    /// Registers the guide pipeline, the loader and the catalog (built once, at start-up). What they need from other
    /// layers is registered there: the data-token source (<see cref="IDataTokenSource"/>) by <c>AddGuideTokens</c>, the
    /// <see cref="DataPageKeys"/> by <c>AddStore</c>.
    /// </summary>
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder)
    {
        var paths = ContentPaths.Locate(builder.Configuration["Content:Root"], builder.Environment.ContentRootPath, AppContext.BaseDirectory).EnsureReadable();
        builder.Services.AddSingleton(paths);
        builder.Services.AddSingleton(sp => new GuideMarkdown(sp.GetRequiredService<IDataTokenSource>()));
        // Read once at start-up (one git call); a reload in Development keeps these dates.
        builder.Services.AddSingleton(_ => GuideHistory.FromGit(paths));
        builder.Services.AddSingleton(sp => new GuideLoader(sp.GetRequiredService<GuideMarkdown>(), sp.GetRequiredService<DataPageKeys>(), history: sp.GetRequiredService<GuideHistory>()));
        builder.Services.AddSingleton<GuideCatalogSource>();
        builder.Services.AddTransient(sp => sp.GetRequiredService<GuideCatalogSource>().Current);
        return builder;
    }
}
