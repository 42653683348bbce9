using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MaGuide.Web.Content;

namespace MaGuide.Web.Data;

/// <summary>
/// One CSV file read with CsvHelper into rows that remember their line, with typed getters that report
/// <c>file:line: message</c> instead of throwing.
/// </summary>
public sealed class CsvTable
{
    private CsvTable(string displayPath, IReadOnlyList<CsvRow> rows)
    {
        DisplayPath = displayPath;
        Rows = rows;
    }

    public string DisplayPath { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>
    /// Reads the file; null (with a problem) if it is missing, not UTF-8, or lacks a required column. A row whose
    /// field count differs from the header's is reported (expected and found counts) and left out; a quote that is
    /// never closed is reported on the line where it opens.
    /// </summary>
    public static CsvTable? Read(string path, string displayPath, IReadOnlyList<string> requiredColumns, List<ContentProblem> problems)
    {
        if (!File.Exists(path))
        {
            problems.Add(new(displayPath, 0, "file is missing"));
            return null;
        }

        if (EditorText.Read(path, displayPath, problems) is not { } text)
        {
            return null;
        }

        var rows = new List<CsvRow>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null };
        try
        {
            using var csv = new CsvReader(new StringReader(text), config);
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
            {
                problems.Add(new(displayPath, 1, "file has no header line"));
                return null;
            }

            var missing = requiredColumns.Where(c => !header.Contains(c)).ToList();
            if (missing.Count > 0)
            {
                problems.Add(new(displayPath, 1, $"missing column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}"));
                return null;
            }

            var table = new CsvTable(displayPath, rows);
            var previousEnd = csv.Parser.RawRow;
            while (csv.Read())
            {
                var raw = csv.Parser.RawRecord;
                var spans = raw.TrimEnd('\r', '\n').Count(c => c == '\n') + 1;
                // A record over several lines starts on the line after the one before it ended.
                var line = spans == 1 ? csv.Parser.RawRow : previousEnd + 1;
                previousEnd = csv.Parser.RawRow;
                // A later line that looks like a whole row inside this one means a quote was never closed.
                if (spans > 1 && raw.Split('\n').Skip(1).Any(l => l.Count(c => c == ',') >= header.Length - 1))
                {
                    problems.Add(new(displayPath, line, $"a quote opened on this line is never closed, so the next {spans - 1} lines were read as part of this row; close the quote"));
                    continue;
                }

                if (csv.Parser.Count != header.Length)
                {
                    problems.Add(new(displayPath, line, FieldCountMessage(csv.Parser.Count, header.Length)));
                    continue;
                }

                var fields = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < header.Length; i++)
                {
                    fields[header[i]] = (csv.GetField(i) ?? "").Trim();
                }

                rows.Add(new CsvRow(table, line, fields, problems));
                WarnOnPipelineWords(displayPath, line, fields, problems);
            }

            return table;
        }
        catch (CsvHelperException ex)
        {
            problems.Add(new(displayPath, ex.Context?.Parser?.RawRow ?? 0, $"cannot read CSV: {ex.Message.Split('\n')[0].Trim()}"));
            return null;
        }
    }

    /// <summary>Every field a reader may see (all but addresses) is checked for pipeline words; each is a warning.</summary>
    private static void WarnOnPipelineWords(string displayPath, int line, IReadOnlyDictionary<string, string> fields, List<ContentProblem> problems)
    {
        foreach (var (column, value) in fields)
        {
            if (!ReaderWords.IsAddressColumn(column) && ReaderWords.FindPipelineWords(value) is { } found)
            {
                problems.Add(new(displayPath, line, ReaderWords.Warning(column, found), ProblemSeverity.Warning));
            }
        }
    }

    private static string FieldCountMessage(int found, int expected) =>
        found > expected
            ? $"row has {found} fields but the header has {expected} columns; put text holding a comma in double quotes, or remove the extra comma"
            : $"row has {found} fields but the header has {expected} columns; add the missing commas (an empty value still needs its comma)";
}

/// <summary>A CSV row; each getter adds a problem naming this row's line when the value is not valid.</summary>
public sealed class CsvRow(CsvTable table, int line, IReadOnlyDictionary<string, string> fields, List<ContentProblem> problems)
{
    public int Line { get; } = line;

    public void Problem(string message) => problems.Add(new(table.DisplayPath, Line, message));

    public string Text(string column) => fields.GetValueOrDefault(column, "");

    /// <summary>True when the file has this column (even if this row's cell is empty).</summary>
    public bool Has(string column) => fields.ContainsKey(column);

    public string Required(string column)
    {
        var value = Text(column);
        if (value.Length == 0)
        {
            Problem($"{column} is empty");
        }

        return value;
    }

    public string OneOf(string column, IReadOnlyCollection<string> allowed)
    {
        var value = Text(column);
        if (!allowed.Contains(value))
        {
            Problem($"{column} \"{value}\" is not one of {string.Join(", ", allowed)}");
        }

        return value;
    }

    public string Reference(string column, IReadOnlySet<string> known, string what, bool required = true)
    {
        var value = Text(column);
        if (value.Length == 0 ? required : !known.Contains(value))
        {
            Problem(value.Length == 0 ? $"{column} is empty" : $"{column} \"{value}\" is not a known {what}");
        }

        return value;
    }

    public decimal? Number(string column, decimal min = 0, decimal max = decimal.MaxValue)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Problem($"{column} \"{text}\" is not a number (write digits only, e.g. 44200 or 21.25)");
            return null;
        }

        if (value < min || value > max)
        {
            Problem($"{column} {text} is out of range ({min} to {(max == decimal.MaxValue ? "any" : max.ToString(CultureInfo.InvariantCulture))})");
            return null;
        }

        return value;
    }

    public int? WholeNumber(string column, int min = 0, int max = int.MaxValue)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            Problem($"{column} \"{text}\" is not a whole number");
            return null;
        }

        if (value < min || value > max)
        {
            Problem($"{column} {text} is out of range ({min} to {max})");
            return null;
        }

        return value;
    }

    public bool Flag(string column)
    {
        var text = Text(column);
        if (text is not ("true" or "false"))
        {
            Problem($"{column} \"{text}\" must be true or false");
        }

        return text == "true";
    }
}
