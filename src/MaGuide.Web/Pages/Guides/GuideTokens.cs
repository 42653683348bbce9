using MaGuide.Web.Content;
using MaGuide.Web.Data;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Components.Web;

namespace MaGuide.Web.Pages.Guides;

/// <summary>
/// The site's <see cref="IDataTokenSource"/>: a figure token is looked up by the typed <see cref="FigureQuery"/>, a
/// table token in the <see cref="GuideTables"/> rendered when this was loaded. Built once per catalog from a snapshot
/// of the store. Resolving never waits on anything (no query, no render), so guides can be parsed on many threads.
/// </summary>
public sealed class GuideTokens : IDataTokenSource
{
    private readonly FigureQuery figures;
    private readonly GuideTables tables;

    private GuideTokens(FigureQuery figures, GuideTables tables)
    {
        this.figures = figures;
        this.tables = tables;
    }

    /// <summary>
    /// Reads the figures from the store behind <paramref name="factory"/> and renders every table (awaited, before any
    /// guide is parsed). <paramref name="services"/> is the web host's (null in <c>check</c>, which has none: a small
    /// provider with logging is made for the renderer); the renderer and its scope are disposed before this returns.
    /// </summary>
    public static async Task<GuideTokens> LoadAsync(IDbContextFactory<MaGuideDb> factory, IServiceProvider? services, CancellationToken cancellationToken)
    {
        var figures = await FigureQuery.LoadAsync(factory, cancellationToken);
        await using var ownServices = services is null ? new ServiceCollection().AddLogging().BuildServiceProvider() : null;
        services ??= ownServices!;

        // The renderer asks for scoped component services, so it gets a scope of its own.
        await using var scope = services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<ILoggerFactory>());
        return new GuideTokens(figures, await GuideTables.RenderAsync(figures, renderer));
    }

    /// <summary>
    /// <see cref="LoadAsync"/> for callers that cannot await (the <c>check</c> verb, and the host's service registration,
    /// which <see cref="ContentServiceExtensions.StartLoadingContent"/> resolves on a thread of its own, not a pool thread).
    /// </summary>
    public static GuideTokens Load(IDbContextFactory<MaGuideDb> factory, IServiceProvider? services = null) =>
        LoadAsync(factory, services, CancellationToken.None).GetAwaiter().GetResult();

    public TokenValue Resolve(DataToken token) => token is TableToken table ? tables.Render(table) : figures.Resolve(token);
}
