using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace MaGuide.Web.Data.Import;

/// <summary>
/// Reads a downloaded table (xlsx, CSV or tab-separated text) row by row: finds the header row of a layout
/// in the first rows of each sheet, then hands every row below it to the caller.
/// </summary>
internal static class TableFile
{
    private const int HeaderSearchRows = 30;

    /// <summary>Returns the header that matched; throws, naming the missing columns, when no sheet has the layout.</summary>
    public static HeaderMatch Scan(string path, Func<IReadOnlyList<string>, HeaderMatch> matchHeader, Action<HeaderMatch, IReadOnlyList<string>, int> onRow)
    {
        HeaderMatch? best = null;
        foreach (var sheet in Sheets(path))
        {
            var header = FindHeader(sheet, matchHeader, ref best);
            if (header is null)
            {
                continue;
            }

            foreach (var (row, number) in sheet.SkipWhile(r => r.Number <= header.Value.Number))
            {
                onRow(header.Value.Match, row, number);
            }

            return header.Value.Match;
        }

        var missing = (best?.Missing ?? ["(no header row)"]).Select(m => m.Contains(' ', StringComparison.Ordinal) ? $"\"{m}\"" : m);
        throw new ImportException($"{Path.GetFileName(path)}: layout not recognised; missing columns {string.Join(", ", missing)}");
    }

    private static (HeaderMatch Match, int Number)? FindHeader(
        IEnumerable<(IReadOnlyList<string> Row, int Number)> sheet, Func<IReadOnlyList<string>, HeaderMatch> matchHeader, ref HeaderMatch? best)
    {
        foreach (var (row, number) in sheet.Take(HeaderSearchRows))
        {
            var match = matchHeader(row);
            if (match.IsComplete)
            {
                return (match, number);
            }

            if (best is null || match.Missing.Count < best.Missing.Count)
            {
                best = match;
            }
        }

        return null;
    }

    private static IEnumerable<IEnumerable<(IReadOnlyList<string> Row, int Number)>> Sheets(string path)
    {
        if (!File.Exists(path))
        {
            throw new ImportException($"{path}: no such file");
        }

        return Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".XLSX" or ".XLSM" => XlsxRows.Sheets(path),
            ".XLS" => throw new ImportException($"{Path.GetFileName(path)}: old .xls workbooks cannot be read; open it and save as .xlsx or CSV"),
            _ => [TextRows(path)],
        };
    }

    private static IEnumerable<(IReadOnlyList<string> Row, int Number)> TextRows(string path)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = IsTabSeparated(path) ? "\t" : ",",
            BadDataFound = null,
            HasHeaderRecord = false,
        };
        using var reader = new StreamReader(path, TextEncoding(path), detectEncodingFromByteOrderMarks: true);
        using var parser = new CsvParser(reader, config);
        while (parser.Read())
        {
            yield return (parser.Record!, parser.Row);
        }
    }

    /// <summary>A line for the import summary when a text download is not UTF-8 and was read as Windows-1252.</summary>
    public static IReadOnlyList<string> EncodingReport(string path) =>
        IsText(path) && File.Exists(path) && TextEncoding(path).CodePage == Windows1252.CodePage
            ? [$"{Path.GetFileName(path)} is not UTF-8; read it as Windows-1252 (how Excel saves CSV on Windows)."]
            : [];

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>UTF-8 when every byte is valid UTF-8 (BLS files and CSV UTF-8), else Windows-1252 (Excel's "CSV").</summary>
    private static Encoding TextEncoding(string path) =>
        System.Text.Unicode.Utf8.IsValid(File.ReadAllBytes(path)) ? Encoding.UTF8 : Windows1252;

    private static bool IsText(string path) => Path.GetExtension(path).ToUpperInvariant() is not (".XLSX" or ".XLSM" or ".XLS");

    private static bool IsTabSeparated(string path)
    {
        using var reader = new StreamReader(path, TextEncoding(path), detectEncodingFromByteOrderMarks: true);
        var first = reader.ReadLine() ?? "";
        return first.Count(c => c == '\t') > first.Count(c => c == ',');
    }
}
