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

    /// <summary>The row of a metro area in the metro pay table, e.g. <c>/salary/metros#metro-denver-aurora-lakewood</c>.</summary>
    public static string Metro(string areaName) => $"/salary/metros#{MetroAnchor(areaName)}";

    /// <summary>The <c>id</c> of a metro row: <c>metro-</c> and the name in lowercase letters and digits joined by hyphens.</summary>
    public static string MetroAnchor(string areaName) =>
        "metro-" + string.Join('-', new string([.. areaName.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>National pay and how to read it; the first of the pay pages.</summary>
    public static string Salary => "/salary";

    /// <summary>Pay by state: the tile map and the table, optionally sorted (name, pay or employment).</summary>
    public static string SalaryStates(string? sort = null) => sort is null or "name" ? "/salary/states" : $"/salary/states?sort={sort}";

    public static string SalarySettings => "/salary/settings";

    public static string SalaryMetros => "/salary/metros";

    public static string SalaryTrend => "/salary/trend";

    public static string Sources => "/sources";

    public static string Training => "/training";

    public static string Payback => "/training/payback";

    public static string Certifications => "/certifications";

    public static string Certification(string id) => $"/certifications/{id}";

    public static string Sitemap => "/sitemap.xml";

    /// <summary>The search page for a query (the query is URL-escaped).</summary>
    public static string Search(string query) => $"/search?q={Uri.EscapeDataString(query)}";

    /// <summary>The public changelog page, and its Atom feed.</summary>
    public static string Changes => "/changes";

    public static string ChangesFeed => "/changes/feed.xml";

    /// <summary>Fixed pages outside the guide catalog that guides may link to.</summary>
    public static IReadOnlySet<string> FixedPages { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "/", "/healthz", "/salary", "/salary/states", "/salary/settings", "/salary/metros", "/salary/trend",
        "/states", "/scope", "/compare", "/sources", "/data", "/data/quality", "/search",
        "/training", "/training/payback", "/certifications", "/changes",
    };

    /// <summary>
    /// The element ids other pages and guides may link to on each data page (a path, or a pattern such as "/states/*").
    /// The pages render these ids (a test checks each one), so <c>check</c> can fail a link to an anchor that is gone.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Anchors { get; } = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        ["/salary"] = new HashSet<string>(StringComparer.Ordinal) { "national-heading", "national-table", "percentiles-heading", "pay-pages" },
        ["/salary/states"] = new HashSet<string>(StringComparer.Ordinal) { "map-heading", "states-table" },
        ["/salary/settings"] = new HashSet<string>(StringComparer.Ordinal) { "settings-table" },
        ["/salary/metros"] = new HashSet<string>(StringComparer.Ordinal) { "metros-table" },
        ["/salary/trend"] = new HashSet<string>(StringComparer.Ordinal) { "trend-table" },
        ["/states/*"] = new HashSet<string>(StringComparer.Ordinal) { "pay-heading", "scope-heading", "scope-matrix", "credential-heading", "board-heading" },
        ["/sources"] = new HashSet<string>(StringComparer.Ordinal) { "sources-table" },
        ["/training"] = new HashSet<string>(StringComparer.Ordinal) { "routes-heading", "routes-table", "fit-heading", "pay-heading", "funding-list", "accreditation-heading", "states-heading" },
        ["/certifications"] = new HashSet<string>(StringComparer.Ordinal) { "decoder-heading", "credentials-table", "eligibility-heading" },
        ["/certifications/*"] = new HashSet<string>(StringComparer.Ordinal) { "eligibility-heading", "fee-heading", "renewal-heading", "states-heading" },
    };

    /// <summary>The anchors declared for a site-relative path, or null when none are (then no anchor on it is known to exist).</summary>
    public static IReadOnlySet<string>? AnchorsOf(string path)
    {
        if (Anchors.TryGetValue(path, out var exact))
        {
            return exact;
        }

        var slash = path.LastIndexOf('/');
        return slash > 0 && Anchors.TryGetValue(path[..slash] + "/*", out var pattern) ? pattern : null;
    }

    /// <summary>
    /// Pages built from the data, by their first path segment (<c>/states/ca</c>, <c>/certifications/cma-aama</c>, …),
    /// each with the test of whether its second segment names a row. The one list both <see cref="IsDataPage"/> and
    /// <see cref="Exists"/> read, so a new data page cannot be known to one and not the other.
    /// </summary>
    private static readonly Dictionary<string, Func<DataPageKeys, string, bool>> DataPageKinds = new(StringComparer.Ordinal)
    {
        ["states"] = (keys, state) => keys.States.Contains(state.ToLowerInvariant()),
        ["scope"] = (keys, task) => keys.Tasks.Contains(task),
        ["compare"] = (keys, role) => keys.Roles.Contains(role),
        ["certifications"] = (keys, id) => keys.Credentials.Contains(id),
        ["data"] = (keys, file) => (file.EndsWith(".csv", StringComparison.Ordinal) || file.EndsWith(".json", StringComparison.Ordinal))
            && keys.Tables.Contains(Path.GetFileNameWithoutExtension(file)),
    };

    /// <summary>True when a site-relative path has the shape of a page built from the data (a state, task, role, credential or table).</summary>
    public static bool IsDataPage(string path) =>
        !FixedPages.Contains(path) && path.Trim('/').Split('/') is [var kind, _] && DataPageKinds.ContainsKey(kind);

    /// <summary>True when a site-relative path (no query or fragment) names a page that exists.</summary>
    public static bool Exists(string path, DataPageKeys keys) =>
        FixedPages.Contains(path)
        || (path.Trim('/').Split('/') is [var kind, var key] && DataPageKinds.TryGetValue(kind, out var exists) && exists(keys, key));
}

/// <summary>The keys of the pages built from the data (lowercase state codes and slugs, task keys, role slugs, tables).</summary>
public sealed record DataPageKeys(IReadOnlySet<string> States, IReadOnlySet<string> Tasks, IReadOnlySet<string> Roles, IReadOnlySet<string> Tables)
{
    /// <summary>Credential ids, each with a page at /certifications/{id}.</summary>
    public IReadOnlySet<string> Credentials { get; init; } = new HashSet<string>();

    public static DataPageKeys None { get; } = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
}
