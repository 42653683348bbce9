using System.Globalization;

namespace MaGuide.Web.Infrastructure;

/// <summary>The one place that formats dates, money and counts for readers (en-US).</summary>
public static class Formats
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-US");

    public static string Date(DateOnly date) => date.ToString("MMMM d, yyyy", Culture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Count(long value) => value.ToString("N0", Culture);

    /// <summary>A count with its noun, singular for one: "1 guide", "12 guides", "0 guides".</summary>
    public static string Count(long value, string one, string many) => $"{Count(value)} {(value == 1 ? one : many)}";

    /// <summary>
    /// A long count of months in years too, to the nearest half year, so a reader need not divide: " (about 38.5 years)"
    /// for 462; empty under 24 months, where the months read plainly.
    /// </summary>
    public static string InYears(long months) =>
        months < 24 ? "" : $" (about {(Math.Round(months / 6m, MidpointRounding.AwayFromZero) / 2).ToString("0.#", Culture)} years)";

    public static string ReadingTime(int minutes) => minutes == 1 ? "1 minute read" : $"{minutes} minute read";

    /// <summary>Whole dollars for annual pay: $44,200.</summary>
    public static string Dollars(decimal value) => value.ToString("C0", Culture);

    /// <summary>Cents for hourly pay: $21.25.</summary>
    public static string DollarsAndCents(decimal value) => value.ToString("C2", Culture);

    public static string Annual(decimal value) => $"{Dollars(value)} a year";

    public static string Hourly(decimal value) => $"{DollarsAndCents(value)} an hour";

    public static string Percent(decimal value) => $"{value.ToString("0.#", Culture)}%";

    /// <summary>A signed percentage difference: +4.5% or −3.2%.</summary>
    public static string SignedPercent(decimal value) =>
        value >= 0 ? $"+{value.ToString("0.0", Culture)}%" : $"\u2212{Math.Abs(value).ToString("0.0", Culture)}%";

    public static string SignedDollars(decimal value) =>
        value >= 0 ? $"+{Dollars(value)}" : $"\u2212{Dollars(Math.Abs(value))}";

    /// <summary>A name in the middle of a sentence: "Nursing assistant (CNA)" becomes "nursing assistant (CNA)", "RN" stays "RN".</summary>
    public static string InSentence(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && char.IsLower(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;
}
