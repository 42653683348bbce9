using System.Globalization;
using System.Text.RegularExpressions;
using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Data.Schema;

/// <summary>The cell rules the table schemas share, each reporting at the row's line.</summary>
public static partial class Cells
{
    /// <summary>A period written like "May 2024", or empty when the source does not say.</summary>
    public static string Period(CsvRow row, string column)
    {
        var text = row.Text(column);
        if (text.Length > 0 && !PeriodPattern().IsMatch(text))
        {
            row.Problem($"period \"{text}\" must be written like \"May 2024\" (or left empty when the source does not say)");
        }

        return text;
    }

    /// <summary>The year of a period written like "May 2024"; null for any other text.</summary>
    public static int? YearOf(string period) =>
        PeriodPattern().Match(period) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    // Bounds catch a figure typed in the wrong column (an annual wage in an hourly cell, or the reverse).
    public static decimal? Hourly(CsvRow row, string column) => row.Number(column, 1, 500);

    public static decimal? Annual(CsvRow row, string column) => row.Number(column, 1000, 1_000_000);

    /// <summary>A whole number that may be negative (a change in employment).</summary>
    public static int? SignedWhole(CsvRow row, string column)
    {
        var text = row.Text(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            row.Problem($"{column} \"{text}\" is not a whole number");
            return null;
        }

        return value;
    }

    /// <summary><c>true</c>, <c>false</c> or empty (false).</summary>
    public static bool OptionalFlag(CsvRow row, string column)
    {
        var text = row.Text(column);
        if (text is not ("" or "true" or "false"))
        {
            row.Problem($"{column} \"{text}\" must be true or false");
        }

        return text == "true";
    }

    /// <summary>Percentiles (empty ones skipped) must not fall from p10 to p90.</summary>
    public static void CheckOrder(CsvRow row, string kind, decimal?[] percentiles)
    {
        var present = percentiles.Where(p => p is not null).Select(p => p!.Value).ToList();
        for (var i = 1; i < present.Count; i++)
        {
            if (present[i] < present[i - 1])
            {
                row.Problem($"{kind} percentiles must rise from p10 to median to p90 ({string.Join(" ≤ ", present.Select(p => p.ToString(CultureInfo.InvariantCulture)))} does not)");
                return;
            }
        }
    }

    /// <summary>An http or https address, or empty.</summary>
    public static string HttpUrl(CsvRow row, string column)
    {
        var value = row.Text(column);
        if (value.Length > 0 && (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            row.Problem($"{column} \"{value}\" must be an http or https address");
        }

        return value;
    }

    public static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    /// <summary>Required, and lowercase words joined by hyphens (it becomes a page address); <paramref name="why"/> ends the message.</summary>
    public static string Slug(CsvRow row, string column, string why = "")
    {
        var value = row.Required(column);
        if (!SlugRules.IsSlug(value))
        {
            row.Problem($"{column} \"{value}\" must be lowercase words joined by hyphens{why}");
        }

        return value;
    }

    /// <summary>A lowercase, hyphenated key of letters and digits: it becomes part of a page address.</summary>
    public static string Key(CsvRow row, string column)
    {
        var value = row.Required(column);
        if (value.Length > 0 && !KeyPattern().IsMatch(value))
        {
            row.Problem($"{column} \"{value}\" must be lowercase letters and digits joined by hyphens");
        }

        return value;
    }

    /// <summary>Required, and matching <paramref name="pattern"/>; otherwise "must look like <paramref name="example"/>".</summary>
    public static string Matching(CsvRow row, string column, Regex pattern, string example)
    {
        var value = row.Required(column);
        if (!pattern.IsMatch(value))
        {
            row.Problem($"{column} \"{value}\" must {example}");
        }

        return value;
    }

    /// <summary>A high figure must not be below its low one.</summary>
    public static void CheckRange(CsvRow row, string lowColumn, decimal? low, string highColumn, decimal? high)
    {
        if (low is { } l && high is { } h && h < l)
        {
            row.Problem($"{highColumn} {h} is below {lowColumn} {l}");
        }
    }

    /// <summary>A figure's own source is required when the figure is there (the column checks a given id is a known source).</summary>
    public static void CheckFigureSource(CsvRow row, string column, bool figurePresent, string what)
    {
        if (figurePresent && row.Text(column).Length == 0)
        {
            row.Problem($"{column} is empty: the {what} needs its own source");
        }
    }

    [GeneratedRegex(@"^May (\d{4})$")]
    private static partial Regex PeriodPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    public static partial Regex StateCodePattern();

    [GeneratedRegex(@"^\d{2}-\d{4}$")]
    public static partial Regex SocPattern();
}
