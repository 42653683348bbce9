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
    /// The line to blame when CsvHelper cannot read a file: where an unclosed quote opens (it swallows every line
    /// after it), else the row CsvHelper stopped on.
    /// </summary>
    public static int StartLine(CsvHelperException ex, string path)
    {
        var unclosedAt = 0;
        var open = false;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            var wasOpen = open;
            open ^= line.Count(c => c == '"') % 2 == 1;
            if (!wasOpen && open)
            {
                unclosedAt = lineNumber;
            }
        }

        return open ? unclosedAt : ex.Context?.Parser?.RawRow ?? 0;
    }

    /// <summary>Reads the file; null (with a problem) if it is missing, unreadable or lacks a required column.</summary>
    public static CsvTable? Read(string path, string displayPath, IReadOnlyList<string> requiredColumns, List<ContentProblem> problems)
    {
        if (!File.Exists(path))
        {
            problems.Add(new(displayPath, 0, "file is missing"));
            return null;
        }

        var rows = new List<CsvRow>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = true };
        try
        {
            using var reader = new StreamReader(path);
            using var csv = new CsvReader(reader, config);
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
            while (csv.Read())
            {
                var fields = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < header.Length; i++)
                {
                    fields[header[i]] = (csv.GetField(i) ?? "").Trim();
                }

                rows.Add(new CsvRow(table, csv.Parser.RawRow, fields, problems));
            }

            return table;
        }
        catch (CsvHelperException ex)
        {
            problems.Add(new(displayPath, StartLine(ex, path), $"cannot read CSV: {ex.Message.Split('\n')[0].Trim()} (check for an unclosed quote on this line)"));
            return null;
        }
    }
}

/// <summary>A CSV row; each getter adds a problem naming this row's line when the value is not valid.</summary>
public sealed class CsvRow(CsvTable table, int line, IReadOnlyDictionary<string, string> fields, List<ContentProblem> problems)
{
    public int Line { get; } = line;

    public void Problem(string message) => problems.Add(new(table.DisplayPath, Line, message));

    public string Text(string column) => fields.GetValueOrDefault(column, "");

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
