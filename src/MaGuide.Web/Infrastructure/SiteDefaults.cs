namespace MaGuide.Web.Infrastructure;

public static class SiteDefaults
{
    /// <summary>Error pages, security headers and request logging, in the order they must run.</summary>
    public static WebApplication UseSiteDefaults(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/errors/500");
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseSiteRequestLogging();
        app.UseStatusCodePagesWithReExecute("/errors/{0}");
        return app;
    }
}
