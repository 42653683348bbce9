using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Tests.Data.Import;

/// <summary>A small content/data folder in a temp directory, in the site's real column layout, with secondary rows to demote.</summary>
public static class ImportContent
{
    public const string WagesHeader =
        "role,area,period,employment,hourly_mean,hourly_p10,hourly_p25,hourly_median,hourly_p75,hourly_p90,annual_mean,annual_p10,annual_p25,annual_median,annual_p75,annual_p90,employment_per_1000,location_quotient,source_id,preferred_because,period_inferred,note";

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
            MA,Massachusetts,massachusetts
            NH,New Hampshire,new-hampshire
            OH,Ohio,ohio
            TX,Texas,texas

            """,
        ["census_divisions.csv"] = """
            state,division,region,source_id
            CA,Pacific,West,web-a
            MA,New England,Northeast,web-a
            NH,New England,Northeast,web-a
            OH,East North Central,Midwest,web-a
            TX,West South Central,South,web-a

            """,
        ["sources.csv"] = """
            id,kind,title,publisher,url,period,retrieved,note
            web-a,secondary,A career page quoting BLS,Web A,https://example.org/a,May 2024,undated,
            web-b,secondary,Another page,Web B,https://example.org/b,,,

            """,
        ["wages.csv"] = WagesHeader + "\n" + """
            cna,US,May 2023,1300000,,,,,,,38000,,,,,,,,web-b,,false,older year; must stay as it is
            medical-assistant,US,May 2024,,,,,,,,,,,44200,,,,,web-a,,true,Web A citing BLS (secondary)
            medical-assistant,US,May 2024,,,,,,,,43000,,,,,,,,web-b,,false,Web B
            medical-assistant,CA,May 2024,,,,,,,,52000,,,,,,,,web-a,,false,wage type not stated

            """,
        ["metro_wages.csv"] = """
            role,area_name,period,employment,hourly_mean,annual_mean,annual_median,source_id,preferred_because,note
            medical-assistant,Boston-Cambridge-Newton,May 2024,20000,,50000,,web-a,,Web A list of metros

            """,
        ["metro_states.csv"] = """
            area_name,states,official_title,source_id,note
            Boston-Cambridge-Newton,,,,no state in this test content

            """,
        ["industry_wages.csv"] = """
            role,industry_name,naics,period,employment,hourly_mean,annual_mean,source_id,preferred_because,note
            medical-assistant,Offices of physicians,,May 2024,,,45000,web-a,,"Web A, wage type not stated"

            """,
        ["projections.csv"] = """
            role,base_year,target_year,employment_base,employment_target,change_number,change_percent,annual_openings,source_id,preferred_because,note
            medical-assistant,2024,2034,811000,912200,,12,112300,web-a,,Web A citing BLS (secondary)
            medical-assistant,2024,2034,,,,19,,web-b,,Web B

            """,
    };

    /// <summary>
    /// The other tables of content/data, empty, so the folder is a whole data set that <c>DataSetReader</c> accepts
    /// (the import reads it to report the headline figures readers see).
    /// </summary>
    private static readonly string[] EmptyTables =
    [
        "role_facts.csv:role,attribute,value,source_id,note",
        "scope_tasks.csv:key,name,description,order",
        "scope_rules.csv:state,task,status,conditions,credential,supervision,citation,source_id,preferred_because,note,summary",
        "price_parities.csv:state,year,rpp_all_items,rpp_goods,rpp_services_housing,source_id",
        "training_routes.csv:id,name,order,backgrounds,summary,source_id,note",
        "training_facts.csv:route,attribute,low,high,period,text,source_id,note",
        "training_funding.csv:id,name,order,who_qualifies,what_it_pays,source_id,note",
        "credentials.csv:id,abbreviation,name,body,body_url,level,state,status,summary,source_id,exam_fee_low,exam_fee_high,exam_fee_text,exam_fee_period,exam_fee_source_id,renewal_years,renewal_text,renewal_source_id,note",
        "credential_routes.csv:credential,route,background,min_years,requirement,source_id,note",
        "credential_rules.csv:credential,state,task,source_id,note",
    ];

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

        foreach (var table in EmptyTables)
        {
            var (name, header) = (table[..table.IndexOf(':', StringComparison.Ordinal)], table[(table.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            File.WriteAllText(Path.Combine(paths.Data, name), header + "\n");
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
