namespace MaGuide.Web.Data.Vocabulary;

/// <summary>Keys the site's code relies on by name: the national area, the occupation the site is about, and a scope task.</summary>
public static class WellKnown
{
    /// <summary>The code of the United States in areas (and the <c>area</c> of national wage rows).</summary>
    public const string NationalArea = "US";

    /// <summary>The name of the national area, which areas.csv does not list (the reader adds it).</summary>
    public const string NationalName = "United States";

    /// <summary>The slug of the national area.</summary>
    public const string NationalSlug = "united-states";

    /// <summary>The role slug of the occupation the site is about.</summary>
    public const string Occupation = "medical-assistant";

    /// <summary>The occupation's SOC 2018 code (BLS Standard Occupational Classification).</summary>
    public const string OccupationSoc = "31-9092";

    /// <summary>The scope task about whether a state requires a registration or credential.</summary>
    public const string RegistrationOrCredential = "registration-or-credential";
}

/// <summary>The status of a scope rule: what a state's law or board says about a task.</summary>
public static class ScopeStatuses
{
    public const string Allowed = "allowed";
    public const string AllowedWithConditions = "allowed_with_conditions";
    public const string NotAllowed = "not_allowed";
    public const string NotAddressed = "not_addressed";

    /// <summary>We looked and found no source; a row is still kept so the reader is told so.</summary>
    public const string Unknown = "unknown";

    public static readonly string[] All = [Allowed, AllowedWithConditions, NotAllowed, NotAddressed, Unknown];

    /// <summary>A status that rests on a law or board statement (not "not addressed" or "unknown").</summary>
    public static bool RestsOnLaw(string status) => status is Allowed or AllowedWithConditions or NotAllowed;
}
