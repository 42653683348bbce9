using MaGuide.Web.Content;
using MaGuide.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddSiteLogging();
builder.AddContent();
builder.AddSiteHealth();
builder.Services.AddRazorPages();

var app = builder.Build();
if (await app.RunCommandAsync(args))
{
    return;
}

app.UseSiteDefaults();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapSiteEndpoints();
app.Run();

public partial class Program;
