using System.Globalization;
using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Data.Import;

/// <summary>
/// The figure readers see first for each role and place, before and after an import. Nothing here ranks rows:
/// the data set is read with <see cref="DataSetReader"/> (which computes every row's tier and each key's preferred
/// row), and the headline of a role and place is <see cref="Trust.Trust.Headline{T}"/> over its preferred rows that
/// give the headline statistic (highest tier, then the newest period), as the pages choose it. The state after the
/// import is read from a temporary copy of content/data with the changed tables written into it, so nothing in
/// content/data is touched before the import saves.
/// </summary>
internal static class ImportHeadlines
{
    /// <summary>One headline: the statistic shown (CSV column name), its value as written, its period and tier.</summary>
    public sealed record Figure(string Column, string Value, string Period, Trust.TrustTier Tier);

    /// <summary>The headlines of a data set keyed like <c>wages.csv US medical-assistant</c>, or why they could not be read.</summary>
    public sealed record Snapshot(IReadOnlyDictionary<string, Figure>? Figures, string Problem);

    private static readonly string[] TableOrder = ["wages.csv", "metro_wages.csv", "industry_wages.csv", "projections.csv"];

    /// <summary>The headlines of content/data as it is on disk.</summary>
    public static Snapshot Read(ContentPaths paths, string when)
    {
        var problems = new List<ContentProblem>();
        var data = DataSetReader.Read(paths, problems);
        return data is null
            ? new Snapshot(null, $"{when}, content/data has {problems.Count} problem{(problems.Count == 1 ? "" : "s")} (first: {problems.FirstOrDefault()}); run check")
            : new Snapshot(Of(data), "");
    }

    /// <summary>The headlines content/data would have with <paramref name="changed"/> written into it (read from a temporary copy).</summary>
    public static Snapshot ReadWith(ContentPaths paths, IEnumerable<ContentTable> changed, string when)
    {
        var root = Path.Combine(Path.GetTempPath(), "maguide-import", Guid.NewGuid().ToString("n"));
        var copy = new ContentPaths(Path.Combine(root, "content"));
        try
        {
            Directory.CreateDirectory(copy.Data);
            foreach (var file in Directory.GetFiles(paths.Data))
            {
                File.Copy(file, Path.Combine(copy.Data, Path.GetFileName(file)));
            }

            foreach (var table in changed)
            {
                File.WriteAllText(Path.Combine(copy.Data, table.FileName), table.ToCsv(), new System.Text.UTF8Encoding(false));
            }

            return Read(copy, when);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// Each headline that changed, in table order then key order, e.g.
    /// <c>wages.csv US medical-assistant annual_median 44200 (May 2024) -> 44750 (May 2024)</c>; the column is repeated
    /// after the arrow when the statistic shown changes, and a change of tier is named at the end.
    /// </summary>
    public static IEnumerable<string> Changes(IReadOnlyDictionary<string, Figure> before, IReadOnlyDictionary<string, Figure> after) =>
        before.Keys.Union(after.Keys)
            .OrderBy(k => Array.IndexOf(TableOrder, k[..k.IndexOf(' ', StringComparison.Ordinal)]))
            .ThenBy(k => k, StringComparer.Ordinal)
            .Select(k => (Key: k, Old: before.GetValueOrDefault(k), New: after.GetValueOrDefault(k)))
            .Where(c => c.Old != c.New)
            .Select(c => Line(c.Key, c.Old, c.New));

    private static string Line(string key, Figure? old, Figure? now)
    {
        var column = (old ?? now)!.Column;
        var from = old is null ? "none" : $"{old.Value} ({old.Period})";
        var to = now is null ? "none" : $"{(now.Column == column ? "" : $"{now.Column} ")}{now.Value} ({now.Period})";
        var tier = old is not null && now is not null && old.Tier != now.Tier ? $"; now {Trust.Trust.Name(now.Tier)}, was {Trust.Trust.Name(old.Tier)}" : "";
        return $"{key} {column} {from} -> {to}{tier}";
    }

    private static Dictionary<string, Figure> Of(DataSet data)
    {
        var figures = new Dictionary<string, Figure>(StringComparer.Ordinal);
        Add(figures, "wages.csv", data.Wages, w => $"{w.AreaCode} {w.RoleSlug}", w => w.Preferred, w => w.Tier, w => w.Year, w => w.Period,
            ("annual_median", w => w.AnnualMedian), ("annual_mean", w => w.AnnualMean));
        Add(figures, "metro_wages.csv", data.MetroWages, w => $"{w.AreaName} {w.RoleSlug}", w => w.Preferred, w => w.Tier, w => w.Year, w => w.Period,
            ("annual_mean", w => w.AnnualMean), ("annual_median", w => w.AnnualMedian));
        Add(figures, "industry_wages.csv", data.IndustryWages, w => $"{w.IndustryName} {w.RoleSlug}", w => w.Preferred, w => w.Tier, w => w.Year, w => w.Period,
            ("annual_mean", w => w.AnnualMean));
        Add(figures, "projections.csv", data.Projections, p => p.RoleSlug, p => p.Preferred, p => p.Tier, p => p.TargetYear, p => $"{p.BaseYear}-{p.TargetYear}",
            ("change_percent", p => p.ChangePercent));
        return figures;
    }

    /// <summary>
    /// For each role and place, <see cref="Trust.Trust.Headline{T}"/> over the preferred rows that give one of the
    /// statistics (in order of preference: the first one a row fills is the one shown).
    /// </summary>
    private static void Add<T>(Dictionary<string, Figure> figures, string file, IEnumerable<T> rows, Func<T, string> place, Func<T, bool> preferred,
        Func<T, Trust.TrustTier> tier, Func<T, int?> year, Func<T, string> period, params (string Column, Func<T, decimal?> Value)[] statistics) where T : class
    {
        foreach (var group in rows.Where(r => preferred(r) && statistics.Any(s => s.Value(r) is not null)).GroupBy(place, StringComparer.Ordinal))
        {
            var headline = Trust.Trust.Headline(group, tier, year)!;
            var (column, value) = statistics.Select(s => (s.Column, Value: s.Value(headline))).First(s => s.Value is not null);
            var when = period(headline);
            figures[$"{file} {group.Key}"] = new Figure(column, value!.Value.ToString(CultureInfo.InvariantCulture), when.Length == 0 ? "period not stated" : when, tier(headline));
        }
    }
}
