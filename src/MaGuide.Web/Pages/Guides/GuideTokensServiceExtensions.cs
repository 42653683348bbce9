using MaGuide.Web.Content;
using MaGuide.Web.Data;

namespace MaGuide.Web.Pages.Guides;

public static class GuideTokensServiceExtensions
{
    /// <summary>
    /// Registers the guides' data-token source (<see cref="GuideTokens"/>), read from the store the first time the
    /// catalog is built; the Content layer only knows the <see cref="IDataTokenSource"/> interface.
    /// </summary>
    public static WebApplicationBuilder AddGuideTokens(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IDataTokenSource>(sp => GuideTokens.Load(sp.GetRequiredService<IDbContextFactory<MaGuideDb>>(), sp));
        return builder;
    }
}
