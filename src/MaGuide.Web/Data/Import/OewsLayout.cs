using System.Globalization;
using System.Text.RegularExpressions;

namespace MaGuide.Web.Data.Import;

/// <summary>
/// An OEWS download as BLS names and lays it out: the year and kind from the file name
/// (<c>state_M2024_dl.xlsx</c>, <c>all_data_M_2024.xlsx</c>), the columns under their spellings across the years.
/// </summary>
internal sealed partial record OewsLayout(string FileName, int Year, string Kind, int? DefaultAreaType)
{
    /// <summary>
    /// The part number of a table BLS split into several files (<c>MSA_M2012_dl_1_AK_IN</c>, <c>MSA_M2012_dl_2_KS_NY</c>);
    /// null for a whole table. Parts share one source id, and importing one part never removes another part's rows.
    /// </summary>
    public int? Part { get; init; }

    private static readonly Dictionary<string, string[]> Spellings = new(StringComparer.Ordinal)
    {
        ["AREA_TITLE"] = ["area_title", "area_name"],
        ["AREA_TYPE"] = ["area_type"],
        ["PRIM_STATE"] = ["prim_state", "st"],
        ["NAICS"] = ["naics"],
        ["NAICS_TITLE"] = ["naics_title"],
        ["OCC_CODE"] = ["occ_code"],
        ["O_GROUP"] = ["o_group", "occ_group", "group"],
        ["TOT_EMP"] = ["tot_emp"],
        ["JOBS_1000"] = ["jobs_1000"],
        ["LOC_QUOTIENT"] = ["loc_quotient"],
        ["H_MEAN"] = ["h_mean"],
        ["A_MEAN"] = ["a_mean"],
        ["H_PCT10"] = ["h_pct10"],
        ["H_PCT25"] = ["h_pct25"],
        ["H_MEDIAN"] = ["h_median"],
        ["H_PCT75"] = ["h_pct75"],
        ["H_PCT90"] = ["h_pct90"],
        ["A_PCT10"] = ["a_pct10"],
        ["A_PCT25"] = ["a_pct25"],
        ["A_MEDIAN"] = ["a_median"],
        ["A_PCT75"] = ["a_pct75"],
        ["A_PCT90"] = ["a_pct90"],
        ["ANNUAL"] = ["annual"],
        ["HOURLY"] = ["hourly"],
    };

    public string Period => $"May {Year}";

    public string SourceId => $"bls-oews-m{Year}-{Kind}";

    /// <summary>Industry tables (nat3d, nat4d, natsector…) carry industries; their cross-industry rows repeat the national file.</summary>
    public bool IsIndustryFile => Kind.StartsWith("nat", StringComparison.Ordinal) && Kind != "national";

    public string KindInWords => Kind switch
    {
        "national" => "national estimates",
        "state" => "state estimates",
        "msa" => "metropolitan area estimates",
        "all-data" => "all estimates (national, state, area and industry)",
        _ when IsIndustryFile => "national industry-specific estimates",
        _ => "estimates",
    };

    public static OewsLayout FromFileName(string path)
    {
        var name = Path.GetFileName(path);
        var match = FileNamePattern().Match(Path.GetFileNameWithoutExtension(path));
        if (!match.Success)
        {
            throw new ImportException(
                $"{name}: cannot tell the year from the file name; keep the name BLS gives it, e.g. national_M2024_dl.xlsx or all_data_M_2024.xlsx");
        }

        var kind = KindCharacters().Replace(match.Groups["kind"].Value.ToLowerInvariant(), "-").Trim('-');
        kind = kind.Length == 0 ? "file" : kind;
        int? areaType = kind switch
        {
            "national" => 1,
            "state" => 2,
            "msa" => 4,
            "bos" => 6,
            _ when kind.StartsWith("nat", StringComparison.Ordinal) => 1,
            _ => null,
        };
        var part = PartPattern().Match(Path.GetFileNameWithoutExtension(path));
        return new OewsLayout(name, int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), kind, areaType)
        {
            Part = part.Success ? int.Parse(part.Groups["part"].Value, CultureInfo.InvariantCulture) : null,
        };
    }

    public HeaderMatch Match(IReadOnlyList<string> header)
    {
        var normalised = header.Select(HeaderText.Normalise).ToList();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (column, spellings) in Spellings)
        {
            var index = normalised.FindIndex(h => spellings.Contains(h));
            if (index >= 0)
            {
                columns[column] = index;
            }
        }

        return new HeaderMatch(columns, Required().Where(c => !columns.ContainsKey(c)).ToList());
    }

    private IEnumerable<string> Required()
    {
        string[] always = ["OCC_CODE", "TOT_EMP", "H_MEAN", "A_MEAN", "H_MEDIAN", "A_MEDIAN"];
        return always
            .Concat(DefaultAreaType is null ? ["AREA_TYPE"] : [])
            .Concat(DefaultAreaType is null or 2 ? ["PRIM_STATE"] : [])
            .Concat(DefaultAreaType is null or 4 ? ["AREA_TITLE"] : [])
            .Concat(IsIndustryFile || DefaultAreaType is null ? ["NAICS", "NAICS_TITLE"] : []);
    }

    [GeneratedRegex(@"^(?<kind>.*?)[_\s-]*M_?(?<year>(19|20)\d\d)(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex FileNamePattern();

    [GeneratedRegex(@"_dl_(?<part>\d+)(_|$)", RegexOptions.IgnoreCase)]
    private static partial Regex PartPattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex KindCharacters();
}
