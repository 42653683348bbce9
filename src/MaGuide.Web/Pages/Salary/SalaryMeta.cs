using MaGuide.Web.Content;

namespace MaGuide.Web.Pages.Salary;

/// <summary>Head and breadcrumbs for the pay pages: Home › Pay › this page.</summary>
public static class SalaryMeta
{
    public static PageMeta For(string title, string description, string path, IReadOnlyList<object>? structuredData = null) => new()
    {
        Title = title,
        Description = description,
        Path = path,
        Breadcrumbs = path == SiteLinks.Salary
            ? [Crumb.Home, new("Pay", null)]
            : [Crumb.Home, new("Pay", SiteLinks.Salary), new(title, null)],
        StructuredData = structuredData ?? [],
    };
}
