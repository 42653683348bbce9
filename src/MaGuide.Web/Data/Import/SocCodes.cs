namespace MaGuide.Web.Data.Import;

/// <summary>
/// Occupation codes that changed between SOC 2010 and SOC 2018, for the roles the site covers. BLS files before the
/// May 2019 OEWS use SOC 2010; roles.csv holds SOC 2018 codes. Source: the SOC 2010 to 2018 crosswalk published by
/// BLS (https://www.bls.gov/soc/2018/crosswalks_used_by_agencies.htm); see docs/research-log-issue-10.md.
/// </summary>
internal static class SocCodes
{
    /// <summary>SOC 2010 code → (SOC 2018 code, the 2010 title, so a row can say what it counted).</summary>
    private static readonly Dictionary<string, (string Code2018, string Title2010)> From2010 = new(StringComparer.Ordinal)
    {
        // Nursing assistants: 31-1014 in SOC 2010, 31-1131 in SOC 2018.
        ["31-1014"] = ("31-1131", "Nursing assistants"),
        // Medical records and health information technicians (2010) was split; its records part is 29-2072.
        ["29-2071"] = ("29-2072", "Medical records and health information technicians"),
    };

    /// <summary>The SOC 2018 code a SOC 2010 code became, or null when it did not change (or is not one we cover).</summary>
    public static (string Code2018, string Title2010)? Current(string code) =>
        From2010.TryGetValue(code, out var current) ? current : null;
}
