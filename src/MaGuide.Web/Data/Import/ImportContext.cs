using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Data.Import;

/// <summary>What the site covers: the roles by SOC code (roles.csv) and the state codes (areas.csv, when present).</summary>
internal sealed record ImportContext(IReadOnlyDictionary<string, string> RolesBySoc, IReadOnlySet<string>? AreaCodes, DateOnly Today)
{
    public static ImportContext Load(ContentPaths paths, DateOnly today)
    {
        var roles = ContentTable.Load(Path.Combine(paths.Data, "roles.csv"));
        var bySoc = roles.Rows.ToDictionary(r => roles.Get(r, "soc_code").Trim(), r => roles.Get(r, "slug"), StringComparer.Ordinal);
        var areasPath = Path.Combine(paths.Data, "areas.csv");
        if (!File.Exists(areasPath))
        {
            return new ImportContext(bySoc, null, today);
        }

        var areas = ContentTable.Load(areasPath);
        return new ImportContext(bySoc, areas.Rows.Select(r => areas.Get(r, "code")).ToHashSet(StringComparer.Ordinal), today);
    }
}
