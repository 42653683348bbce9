using MaGuide.Web.Content;

namespace MaGuide.Web.Tests.Data.Import;

/// <summary>A small content/data folder in a temp directory, in the site's real column layout, with secondary rows to demote.</summary>
public static class ImportContent
{
    public const string WagesHeader =
        "role,area,period,employment,hourly_mean,hourly_p10,hourly_p25,hourly_median,hourly_p75,hourly_p90,annual_mean,annual_p10,annual_p25,annual_median,annual_p75,annual_p90,employment_per_1000,location_quotient,source_id,preferred,period_inferred,note";

    private static readonly Dictionary<string, string> Files = new()
    {
        ["roles.csv"] = """
            slug,soc_code,name,short_name,summary,source_id
            medical-assistant,31-9092,Medical assistants,Medical assistant,"Does front-office and clinical work.",web-a
            cna,31-1131,Nursing assistants,Nursing assistant (CNA),Gives basic care.,web-a
            phlebotomist,31-9097,Phlebotomists,Phlebotomist,Draws blood.,web-a

            """,
        ["areas.csv"] = """
            code,name,slug
            CA,California,california
            TX,Texas,texas

            """,
        ["sources.csv"] = """
            id,kind,title,publisher,url,period,retrieved,note
            web-a,secondary,A career page quoting BLS,Web A,https://example.org/a,May 2024,"as stored, undated",
            web-b,secondary,Another page,Web B,https://example.org/b,,,

            """,
        ["wages.csv"] = WagesHeader + "\n" + """
            cna,US,May 2023,1300000,,,,,,,38000,,,,,,,,web-b,true,false,older year; must stay as it is
            medical-assistant,US,May 2024,,,,,,,,,,,44200,,,,,web-a,true,true,"Web A citing BLS (secondary) | Preferred over 1 alternative(s) (web-b): most figures (1)."
            medical-assistant,US,May 2024,,,,,,,,43000,,,,,,,,web-b,false,false,Web B | Alternative; preferred row for this key is web-a.
            medical-assistant,CA,May 2024,,,,,,,,52000,,,,,,,,web-a,true,false,wage type not stated

            """,
        ["metro_wages.csv"] = """
            role,area_name,period,employment,hourly_mean,annual_mean,annual_median,source_id,preferred,note
            medical-assistant,Boston-Cambridge-Newton,May 2024,20000,,50000,,web-a,true,Web A list of metros

            """,
        ["industry_wages.csv"] = """
            role,industry_name,naics,period,employment,hourly_mean,annual_mean,source_id,preferred,note
            medical-assistant,Offices of physicians,,May 2024,,,45000,web-a,true,"Web A, wage type not stated"

            """,
        ["projections.csv"] = """
            role,base_year,target_year,employment_base,employment_target,change_number,change_percent,annual_openings,source_id,preferred,note
            medical-assistant,2024,2034,811000,912200,,12,112300,web-a,true,Web A citing BLS (secondary)
            medical-assistant,2024,2034,,,,19,,web-b,false,Web B | Alternative; preferred row for this key is web-a.

            """,
    };

    /// <summary>A fresh content folder; the second folder it returns is a scratch place for downloaded files.</summary>
    public static (ContentPaths Paths, string Downloads) Create()
    {
        var root = Path.Combine(Path.GetTempPath(), "maguide-tests", Guid.NewGuid().ToString("n"));
        var paths = new ContentPaths(Path.Combine(root, "content"));
        Directory.CreateDirectory(paths.Data);
        foreach (var (name, text) in Files)
        {
            File.WriteAllText(Path.Combine(paths.Data, name), text.ReplaceLineEndings("\n"));
        }

        var downloads = Path.Combine(root, "Downloads");
        Directory.CreateDirectory(downloads);
        return (paths, downloads);
    }

    /// <summary>Every data file's bytes, to prove a run changed nothing.</summary>
    public static Dictionary<string, byte[]> Snapshot(ContentPaths paths) =>
        Directory.GetFiles(paths.Data).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    public static string[] Lines(ContentPaths paths, string file) =>
        File.ReadAllText(Path.Combine(paths.Data, file)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The data lines of a table for one source, e.g. the rows the import wrote.</summary>
    public static string[] RowsOf(ContentPaths paths, string file, string sourceId) =>
        Lines(paths, file).Where(l => l.Contains($",{sourceId},", StringComparison.Ordinal)).ToArray();
}
