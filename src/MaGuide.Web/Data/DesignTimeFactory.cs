using Microsoft.EntityFrameworkCore.Design;

namespace MaGuide.Web.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> create the context without starting the site.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MaGuideDb>
{
    public MaGuideDb CreateDbContext(string[] args) => StoreBuilder.Open("design-time.db", readOnly: false);
}
