namespace MaGuide.Web.Content;

/// <summary>
/// The one place that builds the site's URLs, and knows which site-relative paths exist
/// (so <c>check</c> can fail a link to a page that is not there).
/// </summary>
public static class SiteLinks
{
    public static string Home => "/";

    public static string Guide(string slug) => slug == GuideCatalog.HubSlug ? "/" : $"/guides/{slug}";

    public static string Section(Section section) => $"/#{section.Anchor}";

    public static string State(string code) => $"/states/{code.ToLowerInvariant()}";

    public static string ScopeOverview => "/scope";

    public static string ScopeTask(string key) => $"/scope/{key}";

    public static string Compare(string role) => $"/compare/{role}";

    public static string DataTable(string table, string format) => $"/data/{table}.{format}";

    /// <summary>The row of a metro area in the salary page's metro table, e.g. <c>/salary#metro-denver-aurora-lakewood</c>.</summary>
    public static string Metro(string areaName) => $"/salary#{MetroAnchor(areaName)}";

    /// <summary>The <c>id</c> of a metro row: <c>metro-</c> and the name in lowercase letters and digits joined by hyphens.</summary>
    public static string MetroAnchor(string areaName) =>
        "metro-" + string.Join('-', new string([.. areaName.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static string Salary => "/salary";

    public static string Training => "/training";

    public static string Payback => "/training/payback";

    public static string Certifications => "/certifications";

    public static string Certification(string id) => $"/certifications/{id}";

    /// <summary>Fixed pages outside the guide catalog that guides may link to.</summary>
    public static IReadOnlySet<string> FixedPages { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "/", "/healthz", "/salary", "/states", "/scope", "/compare", "/sources", "/data", "/data/quality", "/search",
        "/training", "/training/payback", "/certifications",
    };

    /// <summary>True when a site-relative path has the shape of a page built from the data (a state, task, role or table).</summary>
    public static bool IsDataPage(string path) =>
        path.Trim('/').Split('/') is [("states" or "scope" or "compare" or "data"), _];

    /// <summary>True when a site-relative path (no query or fragment) names a page that exists.</summary>
    public static bool Exists(string path, DataPageKeys keys)
    {
        if (FixedPages.Contains(path))
        {
            return true;
        }

        var parts = path.Trim('/').Split('/');
        return parts switch
        {
            ["states", var state] => keys.States.Contains(state.ToLowerInvariant()),
            ["scope", var task] => keys.Tasks.Contains(task),
            ["compare", var role] => keys.Roles.Contains(role),
            ["certifications", var id] => keys.Credentials.Contains(id),
            ["data", var file] => file.EndsWith(".csv", StringComparison.Ordinal) || file.EndsWith(".json", StringComparison.Ordinal)
                ? keys.Tables.Contains(Path.GetFileNameWithoutExtension(file))
                : false,
            _ => false,
        };
    }
}

/// <summary>The keys of the pages built from the data (lowercase state codes and slugs, task keys, role slugs, tables).</summary>
public sealed record DataPageKeys(IReadOnlySet<string> States, IReadOnlySet<string> Tasks, IReadOnlySet<string> Roles, IReadOnlySet<string> Tables)
{
    /// <summary>Credential ids, each with a page at /certifications/{id}.</summary>
    public IReadOnlySet<string> Credentials { get; init; } = new HashSet<string>();

    public static DataPageKeys None { get; } = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
}
