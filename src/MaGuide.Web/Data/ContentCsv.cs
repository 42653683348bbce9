using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace MaGuide.Web.Data;

/// <summary>
/// The format of the files in content/data (RFC 4180, <c>\n</c> line ends, quotes only where a cell needs them), for
/// the one reader (<see cref="CsvTable"/>) and the one writer (<see cref="Write"/>, used by the BLS importers).
/// </summary>
public static class ContentCsv
{
    /// <summary>How <see cref="CsvTable"/> parses: a stray quote or a short row is reported by the table, not thrown.</summary>
    public static CsvConfiguration Reading { get; } = new(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null };

    /// <summary>The text of a table: the header, then each row; a cell is quoted only when it holds a quote, comma or line break.</summary>
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n", ShouldQuote = args => NeedsQuotes(args.Field) };
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, config))
        {
            foreach (var record in rows.Prepend(header))
            {
                foreach (var field in record)
                {
                    csv.WriteField(field);
                }

                csv.NextRecord();
            }
        }

        return text.ToString();
    }

    private static bool NeedsQuotes(string? field) =>
        !string.IsNullOrEmpty(field) && field.AsSpan().IndexOfAny("\",\r\n") >= 0;
}
