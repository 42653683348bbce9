namespace MaGuide.Web.Tests.Data.Import;

/// <summary>Rows of an OEWS table under a given header; a column a row does not name is left empty.</summary>
public static class OewsTable
{
    /// <summary>The May 2024 header, as in national_M2024_dl.xlsx and all_data_M_2024.xlsx.</summary>
    public static readonly string[] Header2024 =
    [
        "AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS", "NAICS_TITLE", "I_GROUP", "OWN_CODE", "OCC_CODE", "OCC_TITLE",
        "O_GROUP", "TOT_EMP", "EMP_PRSE", "JOBS_1000", "LOC_QUOTIENT", "PCT_TOTAL", "PCT_RPT", "H_MEAN", "A_MEAN", "MEAN_PRSE",
        "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "ANNUAL", "HOURLY",
    ];

    public static string[][] Build(string[] header, params Dictionary<string, string>[] rows) =>
        [header, .. rows.Select(row => header.Select(h => row.GetValueOrDefault(h, "")).ToArray())];

    /// <summary>A full set of wage cells for one occupation, in BLS spelling; callers override single cells.</summary>
    public static Dictionary<string, string> Wages(string occCode, string title, string annualMedian = "44750") => new(StringComparer.Ordinal)
    {
        ["OCC_CODE"] = occCode,
        ["OCC_TITLE"] = title,
        ["O_GROUP"] = "detailed",
        ["TOT_EMP"] = "764,750",
        ["H_MEAN"] = "21.97",
        ["A_MEAN"] = "45690",
        ["H_PCT10"] = "15.93",
        ["H_PCT25"] = "18.07",
        ["H_MEDIAN"] = "21.5",
        ["H_PCT75"] = "24.62",
        ["H_PCT90"] = "28.61",
        ["A_PCT10"] = "33140",
        ["A_PCT25"] = "37580",
        ["A_MEDIAN"] = annualMedian,
        ["A_PCT75"] = "51210",
        ["A_PCT90"] = "59510",
    };

    public static Dictionary<string, string> With(this Dictionary<string, string> row, params (string Column, string Value)[] cells)
    {
        var copy = new Dictionary<string, string>(row, StringComparer.Ordinal);
        foreach (var (column, value) in cells)
        {
            copy[column] = value;
        }

        return copy;
    }
}
