using MaGuide.Web.Content;
using MaGuide.Web.Data;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Components.Web;

namespace MaGuide.Web.Pages.Guides;

/// <summary>
/// The site's <see cref="IDataTokenSource"/>: a figure token is looked up by the typed <see cref="FigureQuery"/>, a
/// table token is rendered by <see cref="GuideTables"/> with the pages' Razor components. Built once per catalog from a
/// snapshot of the store; owns the renderer (and, outside the web host, the services it needs), so dispose it.
/// </summary>
public sealed class GuideTokens : IDataTokenSource, IDisposable
{
    private readonly FigureQuery figures;
    private readonly GuideTables tables;
    private readonly HtmlRenderer renderer;
    private readonly ServiceProvider? ownServices;
    private readonly IServiceScope scope;

    private GuideTokens(FigureQuery figures, IServiceProvider? services)
    {
        this.figures = figures;
        if (services is null)
        {
            ownServices = new ServiceCollection().AddLogging().BuildServiceProvider();
            services = ownServices;
        }

        // The renderer asks for scoped component services, so it lives in a scope of its own (as long as this source).
        scope = services.CreateScope();
        renderer = new HtmlRenderer(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<ILoggerFactory>());
        tables = new GuideTables(figures, renderer);
    }

    /// <summary>
    /// Reads the figures from the store behind <paramref name="factory"/>. <paramref name="services"/> is the web host's
    /// (null in <c>check</c>, which has none: a small provider with logging is made and disposed with this).
    /// </summary>
    public static GuideTokens Load(IDbContextFactory<MaGuideDb> factory, IServiceProvider? services = null) =>
        new(FigureQuery.LoadAsync(factory, CancellationToken.None).GetAwaiter().GetResult(), services);

    public TokenValue Resolve(DataToken token) => token is TableToken table ? tables.Render(table) : figures.Resolve(token);

    public void Dispose()
    {
        renderer.Dispose();
        scope.Dispose();
        ownServices?.Dispose();
    }
}
