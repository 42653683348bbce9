namespace MaGuide.Web.Data.Trust;

/// <summary>
/// How well a figure or rule is backed, from its evidence (see content/data/README.md, "Trust tiers").
/// Higher values are stronger, so tiers sort and compare directly. Computed only by <see cref="Trust"/>.
/// </summary>
public enum TrustTier
{
    /// <summary>One secondary source, or several that are not independent of each other.</summary>
    Reported = 1,

    /// <summary>Two or more independent secondary sources give the same value for the same period and statistic.</summary>
    Confirmed = 2,

    /// <summary>The body that produces or decides the fact, on its own page or file.</summary>
    Official = 3,
}

/// <summary>The values of the <c>kind</c> column of sources.csv: who published the page, relative to the fact.</summary>
public static class SourceKinds
{
    /// <summary>The producing or deciding body's own page or file (BLS, BEA, O*NET, a legislature, board or agency; a credentialing body for its own rules).</summary>
    public const string Official = "official";

    /// <summary>A third-party copy of an official text (a statute mirror, an archived or re-hosted copy of an official page).</summary>
    public const string Copy = "copy";

    /// <summary>A page that quotes, summarizes or comments on an official source: job boards, schools, blogs, associations, law firms, forums.</summary>
    public const string Secondary = "secondary";

    public static readonly string[] All = [Official, Copy, Secondary];
}

/// <summary>The values of a scope rule's derived confidence and of a state's overall label, strongest first.</summary>
public static class Confidences
{
    public const string Solid = "solid";
    public const string Moderate = "moderate";
    public const string Thin = "thin";

    /// <summary>For a rule: its status is unknown, so it has no confidence. For a state: no task has a known rule.</summary>
    public const string None = "none";

    public static readonly string[] All = [Solid, Moderate, Thin, None];

    /// <summary>3 for solid down to 0 for none, so levels compare directly.</summary>
    public static int Rank(string confidence) => confidence switch
    {
        Solid => 3,
        Moderate => 2,
        Thin => 1,
        _ => 0,
    };

    public static string FromRank(int rank) => rank switch
    {
        >= 3 => Solid,
        2 => Moderate,
        1 => Thin,
        _ => None,
    };
}
