using System.Globalization;
using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Data;

/// <summary>A CSV row; each getter adds a problem naming this row's line when the value is not valid.</summary>
public sealed class CsvRow(CsvTable table, int line, IReadOnlyDictionary<string, string> fields, List<ContentProblem> problems)
{
    public int Line { get; } = line;

    /// <summary>The cells as written (not trimmed), in header order, for a tool that writes the file back unchanged.</summary>
    public IReadOnlyList<string> Cells { get; init; } = [];

    /// <summary>How many problems this row has had so far.</summary>
    public int ProblemCount { get; private set; }

    public void Problem(string message)
    {
        ProblemCount++;
        problems.Add(new(table.DisplayPath, Line, message));
    }

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
