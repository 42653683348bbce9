using MaGuide.Web.Content;
using MaGuide.Web.Data;
using MaGuide.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddSiteLogging();
builder.AddContent();
builder.AddStore();
builder.AddSiteHealth();
builder.AddSiteCaching();
builder.Services.AddRazorPages();

var app = builder.Build();
if (await app.RunCommandAsync(args))
{
    return;
}

app.PrepareStore();
app.UseSiteDefaults();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapSiteEndpoints();
app.MapOpenData();
app.Run();

public partial class Program;
