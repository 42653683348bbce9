using System.Globalization;

namespace MaGuide.Web.Infrastructure;

/// <summary>The one place that formats dates, money and counts for readers (en-US).</summary>
public static class Formats
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-US");

    public static string Date(DateOnly date) => date.ToString("MMMM d, yyyy", Culture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Count(long value) => value.ToString("N0", Culture);

    public static string ReadingTime(int minutes) => minutes == 1 ? "1 minute read" : $"{minutes} minute read";
}
