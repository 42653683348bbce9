using MaGuide.Web.Data.Vocabulary;

namespace MaGuide.Web.Content;

/// <summary>
/// How a state's or area's name reads inside a sentence. Most names stand alone ("in Ohio"), but some take "the":
/// "in the District of Columbia", "in the U.S. Virgin Islands", "in the United States" (the national area). Headings,
/// table cells and lists use the bare name.
/// </summary>
public static class PlaceNames
{
    /// <summary>The name as written after a preposition, e.g. "the District of Columbia"; other names unchanged.</summary>
    public static string InSentence(string name) => TakesThe(name) ? "the " + name : name;

    /// <summary>The name at the start of a sentence or title, e.g. "The District of Columbia".</summary>
    public static string StartingSentence(string name) => TakesThe(name) ? "The " + name : name;

    /// <summary>True for a name that is not a state's: the District of Columbia (schema.org calls it an AdministrativeArea).</summary>
    public static bool IsDistrict(string name) => name.StartsWith("District of ", StringComparison.Ordinal);

    private static bool TakesThe(string name) =>
        IsDistrict(name) || name.EndsWith(" Islands", StringComparison.Ordinal) || name == WellKnown.NationalName;
}
