using System.Globalization;
using System.Text.RegularExpressions;

namespace MaGuide.Web.Data.Import;

/// <summary>
/// The BLS Employment Projections occupation table: occupation.xlsx (table 1.2, "National Employment Matrix code",
/// "Employment change, numeric, 2024–34", …) or the CSV export of the projections data tool ("Occupation Code",
/// "Employment 2024", "Employment Change, 2024-2034", "Employment Percent Change, 2024-2034", "Occupational Openings,
/// 2024-2034 Annual Average"). Columns are found by their wording; base and target year come from the two
/// "Employment YYYY" headers.
/// </summary>
internal static partial class ProjectionsLayout
{
    private static readonly (string Column, string Wording, Func<string, bool> Matches)[] Columns =
    [
        ("CODE", "National Employment Matrix code (or Occupation Code)", h => h.Contains("matrix code", StringComparison.Ordinal) || h == "occupation code"),
        ("TITLE", "National Employment Matrix title", h => h.Contains("matrix title", StringComparison.Ordinal) || h == "occupation title"),
        ("CHANGE_NUMBER", "Employment change, numeric", h => h.StartsWith("employment change, numeric", StringComparison.Ordinal)
            || (h.StartsWith("employment change, ", StringComparison.Ordinal) && !h.Contains("percent", StringComparison.Ordinal))),
        ("CHANGE_PERCENT", "Employment change, percent", h => h.StartsWith("employment change, percent", StringComparison.Ordinal)
            || h.StartsWith("employment percent change", StringComparison.Ordinal)),
        ("OPENINGS", "Occupational openings, annual average", h => h.StartsWith("occupational openings", StringComparison.Ordinal)),
    ];

    public static HeaderMatch Match(IReadOnlyList<string> header)
    {
        var texts = header.Select(Normalise).ToList();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (column, _, matches) in Columns)
        {
            if (texts.FindIndex(t => matches(t)) is >= 0 and var index)
            {
                columns[column] = index;
            }
        }

        var years = texts
            .Select((text, index) => (Match: EmploymentYear().Match(text), Index: index))
            .Where(x => x.Match.Success)
            .Select(x => (Year: int.Parse(x.Match.Groups[1].Value, CultureInfo.InvariantCulture), x.Index))
            .OrderBy(x => x.Year)
            .ToList();
        if (years.Count == 2)
        {
            columns["BASE"] = years[0].Index;
            columns["TARGET"] = years[1].Index;
        }

        return new HeaderMatch(columns, Missing(columns).ToList()) { Years = [.. years.Select(y => y.Year)] };
    }

    private static IEnumerable<string> Missing(Dictionary<string, int> columns)
    {
        foreach (var (column, wording, _) in Columns.Where(c => c.Column != "TITLE"))
        {
            if (!columns.ContainsKey(column))
            {
                yield return wording;
            }
        }

        if (!columns.ContainsKey("BASE"))
        {
            yield return "Employment, <base year> and Employment, <target year>";
        }
    }

    /// <summary>An occupation code as written in the file: the data tool's CSV writes <c>="31-9092"</c> to keep Excel from changing it.</summary>
    public static string Code(string cell) =>
        cell.Trim().TrimStart('=').Trim('"').Trim();

    /// <summary>Lower case, one space between words, footnote marks such as "[1]" dropped, dashes made plain.</summary>
    private static string Normalise(string header) =>
        Spaces().Replace(Footnotes().Replace(header, ""), " ").Replace('\u2013', '-').Replace('\u2014', '-').Trim().ToLowerInvariant();

    [GeneratedRegex(@"^employment,? (\d{4})$")]
    private static partial Regex EmploymentYear();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\[\d+\]|\(\d+\)")]
    private static partial Regex Footnotes();
}
