using System.Globalization;
using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Data.Import;

/// <summary>
/// <c>import-oews FILE</c>: reads a BLS OEWS download (national, state, MSA, industry or all-data; xlsx, CSV or
/// tab-separated) and makes its figures the preferred rows of wages.csv, metro_wages.csv and industry_wages.csv.
/// </summary>
public static class OewsImport
{
    private static readonly TableSpec[] Tables = [TableSpec.Wages, TableSpec.MetroWages, TableSpec.IndustryWages];

    /// <summary>Returns the exit code: 0 when imported (or nothing to change), 1 when the file was refused.</summary>
    public static int Run(string file, ContentPaths paths, TextWriter output) =>
        Run(file, paths, output, DateOnly.FromDateTime(DateTime.Now));

    internal static int Run(string file, ContentPaths paths, TextWriter output, DateOnly today) =>
        ImportRunner.Run(file, paths, output, today, Read);

    private static ImportBatch Read(string file, ImportContext context)
    {
        var layout = OewsLayout.FromFileName(file);
        var rows = new OewsRows(layout, context);
        TableFile.Scan(file, layout.Match, rows.Add);
        return new ImportBatch(Source(layout, context.Today), Tables, rows.Rows, [.. TableFile.EncodingReport(file), .. rows.Report()])
        {
            IsPart = layout.Part is not null,
            FileName = layout.FileName,
        };
    }

    private static Source Source(OewsLayout layout, DateOnly today) => new()
    {
        Id = layout.SourceId,
        Kind = Data.Trust.SourceKinds.Official,
        Title = $"Occupational Employment and Wage Statistics, {layout.Period}: {layout.KindInWords}{(layout.Part is null ? "" : " (published in parts)")}",
        Publisher = "U.S. Bureau of Labor Statistics",
        Url = "https://www.bls.gov/oes/tables.htm",
        Period = layout.Period,
        Retrieved = $"imported from {layout.FileName} on {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
        Note = "official BLS download, read by import-oews",
    };
}
