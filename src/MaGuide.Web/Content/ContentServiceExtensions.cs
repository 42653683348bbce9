namespace MaGuide.Web.Content;

public static class ContentServiceExtensions
{
    /// <summary>Registers the Markdown pipeline, the loader and the catalog (built once, at start-up).</summary>
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder)
    {
        var paths = ContentPaths.Locate(builder.Configuration["Content:Root"], builder.Environment.ContentRootPath, AppContext.BaseDirectory);
        builder.Services.AddSingleton(paths);
        builder.Services.AddSingleton<GuideMarkdown>();
        builder.Services.AddSingleton<GuideLoader>();
        builder.Services.AddSingleton<GuideCatalogSource>();
        builder.Services.AddTransient(sp => sp.GetRequiredService<GuideCatalogSource>().Current);
        return builder;
    }
}
