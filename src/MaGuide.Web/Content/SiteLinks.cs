using MaGuide.Web.Data;

namespace MaGuide.Web.Content;

/// <summary>
/// The one place that builds the site's URLs, and knows which site-relative paths exist
/// (so <c>check</c> can fail a link to a page that is not there).
/// </summary>
public static class SiteLinks
{
    public static string Home => "/";

    /// <summary>
    /// The site's public origin (scheme and host, no trailing slash), for canonical links, Open Graph, JSON-LD, the
    /// sitemap, the feed and robots.txt: <c>Site:BaseUrl</c> when set (production), else the request's scheme and host,
    /// lower-cased. The host has already passed host filtering (<c>AllowedHosts</c>), so a forged or empty Host never reaches a page.
    /// </summary>
    public static string Origin(HttpContext context) =>
        ConfiguredOrigin(context.RequestServices.GetRequiredService<IConfiguration>())
            ?? $"{context.Request.Scheme}://{context.Request.Host.Value?.ToLowerInvariant()}";

    /// <summary><c>Site:BaseUrl</c> without a trailing slash, or null when it is not set (then the request names the origin).</summary>
    public static string? ConfiguredOrigin(IConfiguration configuration) =>
        configuration["Site:BaseUrl"] is { Length: > 0 } configured ? configured.TrimEnd('/') : null;

    public static string Guide(string slug) => slug == GuideCatalog.HubSlug ? Home : $"{GuidesPrefix}{slug}";

    /// <summary>The slug a <c>/guides/{slug}</c> path names (without a fragment or trailing slash), or null for any other path.</summary>
    public static string? GuideSlugOf(string path) =>
        path.StartsWith(GuidesPrefix, StringComparison.Ordinal) ? path[GuidesPrefix.Length..].Split('#')[0].TrimEnd('/') : null;

    private const string GuidesPrefix = "/guides/";

    public static string Section(Section section) => $"/#{section.Anchor}";

    /// <summary>A section of the hub by its key (<see cref="Content.Section.All"/>), e.g. <c>/#section-training</c>.</summary>
    public static string Section(string key) => Section(Content.Section.Find(key) ?? throw new ArgumentException($"no section \"{key}\"", nameof(key)));

    /// <summary>The guide on how the site sources, reviews and corrects what it publishes.</summary>
    public static string EditorialPolicy => Guide("editorial-policy");

    public static string State(string code) => $"/states/{code.ToLowerInvariant()}";

    /// <summary>Every state, and the form that picks two to compare.</summary>
    public static string StatesIndex => "/states";

    /// <summary>
    /// Two states side by side, in canonical order: lowercase codes, alphabetical (<c>/states/tx/vs/wa</c>). The other
    /// order, upper case or a name slug redirects (301) here.
    /// </summary>
    public static string StatePair(string codeA, string codeB)
    {
        var (a, b) = (codeA.ToLowerInvariant(), codeB.ToLowerInvariant());
        return string.CompareOrdinal(a, b) <= 0 ? $"/states/{a}/vs/{b}" : $"/states/{b}/vs/{a}";
    }

    /// <summary>
    /// The two-state pairs the sitemap lists: each state with every other state of its Census division, canonical
    /// order, once. <paramref name="divisions"/> maps a state code to its division; other pairs are reached by the form on /states.
    /// </summary>
    public static IReadOnlyList<string> DivisionPairs(IReadOnlyDictionary<string, string> divisions)
    {
        var pairs = new List<string>();
        foreach (var division in divisions.GroupBy(d => d.Value, StringComparer.Ordinal))
        {
            var codes = division.Select(d => d.Key).Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < codes.Count; i++)
            {
                for (var j = i + 1; j < codes.Count; j++)
                {
                    pairs.Add(StatePair(codes[i], codes[j]));
                }
            }
        }

        return [.. pairs.Order(StringComparer.Ordinal)];
    }

    public static string ScopeOverview => "/scope";

    public static string ScopeTask(string key) => $"/scope/{key}";

    /// <summary>Every role side by side.</summary>
    public static string CompareIndex => "/compare";

    public static string Compare(string role) => $"/compare/{role}";

    /// <summary>The open-data page: every table as CSV and JSON.</summary>
    public static string Data => "/data";

    /// <summary>How sure the data is: tiers, periods, conflicts and gaps.</summary>
    public static string DataQuality => "/data/quality";

    public static string DataTable(string table, string format) => $"/data/{table}.{format}";

    /// <summary>The row of a metro area in the metro pay table, e.g. <c>/salary/metros#metro-denver-aurora-lakewood</c>.</summary>
    public static string Metro(string areaName) => $"/salary/metros#{MetroAnchor(areaName)}";

    /// <summary>The <c>id</c> of a metro row: <c>metro-</c> and the name in lowercase letters and digits joined by hyphens.</summary>
    public static string MetroAnchor(string areaName) =>
        "metro-" + string.Join('-', new string([.. areaName.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>National pay and how to read it; the first of the pay pages.</summary>
    public static string Salary => "/salary";

    /// <summary>
    /// Pay by state: the tile map and the table, optionally sorted (name, pay, adjusted or employment) and with the map
    /// showing price-adjusted pay (<paramref name="view"/> "adjusted"). Defaults (name, pay) are left out of the address.
    /// </summary>
    public static string SalaryStates(string? sort = null, string? view = null)
    {
        var query = string.Join('&', new[] { view is null or "pay" ? null : $"view={view}", sort is null or "name" ? null : $"sort={sort}" }.OfType<string>());
        return query.Length == 0 ? "/salary/states" : $"/salary/states?{query}";
    }

    public static string SalarySettings => "/salary/settings";

    public static string SalaryMetros => "/salary/metros";

    public static string SalaryTrend => "/salary/trend";

    public static string Sources => "/sources";

    public static string Training => "/training";

    public static string Payback => "/training/payback";

    /// <summary>The payback form with <paramref name="stateCode"/> (e.g. "TX") chosen and every number left for the reader.</summary>
    public static string PaybackFor(string stateCode) => $"{Payback}?state={Uri.EscapeDataString(stateCode.ToUpperInvariant())}";

    public static string Certifications => "/certifications";

    public static string Certification(string id) => $"/certifications/{id}";

    public static string Sitemap => "/sitemap.xml";

    public static string Robots => "/robots.txt";

    /// <summary>The Atom feed of guides as they are written and reviewed.</summary>
    public static string Feed => "/feed.xml";

    /// <summary>The health endpoint (not a page: the sitemap leaves it out).</summary>
    public static string Health => "/healthz";

    /// <summary>The error page for a status code, e.g. <c>/errors/404</c> (what the export writes as 404.html).</summary>
    public static string Error(int status) => $"/errors/{status}";

    /// <summary>The search page with no query (the search forms' <c>action</c>).</summary>
    public static string SearchPage => "/search";

    /// <summary>The search page for a query (the query is URL-escaped).</summary>
    public static string Search(string query) => $"{SearchPage}?q={Uri.EscapeDataString(query)}";

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
        ["/salary/states"] = new HashSet<string>(StringComparer.Ordinal) { "map-heading", "adjusted-heading", "states-table" },
        ["/salary/settings"] = new HashSet<string>(StringComparer.Ordinal) { "settings-table" },
        ["/salary/metros"] = new HashSet<string>(StringComparer.Ordinal) { "metros-table" },
        ["/salary/trend"] = new HashSet<string>(StringComparer.Ordinal) { "trend-table" },
        ["/states/*"] = new HashSet<string>(StringComparer.Ordinal) { "pay-heading", "pay-adjusted", "compare-heading", "scope-heading", "scope-matrix", "credential-heading", "board-heading" },
        ["/sources"] = new HashSet<string>(StringComparer.Ordinal) { "sources-table" },
        ["/states"] = new HashSet<string>(StringComparer.Ordinal) { "pair-heading", "states-index" },
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

    /// <summary>True when a site-relative path has the shape of a page built from the data (a state, task, role, credential, table or state pair).</summary>
    public static bool IsDataPage(string path) =>
        !FixedPages.Contains(path) && path.Trim('/').Split('/') switch
        {
            [var kind, _] => DataPageKinds.ContainsKey(kind),
            ["states", _, "vs", _] => true,
            _ => false,
        };

    /// <summary>
    /// True when a site-relative path (no query or fragment) names a page that exists. A state pair exists only in its
    /// canonical form (two different state codes, lower case, alphabetical), so <c>check</c> fails a link that would redirect.
    /// </summary>
    public static bool Exists(string path, DataPageKeys keys) =>
        FixedPages.Contains(path)
        || path.Trim('/').Split('/') switch
        {
            [var kind, var key] => DataPageKinds.TryGetValue(kind, out var exists) && exists(keys, key),
            ["states", var a, "vs", var b] => a.Length == 2 && b.Length == 2 && a != b && keys.States.Contains(a) && keys.States.Contains(b) && path == StatePair(a, b),
            _ => false,
        };
}
