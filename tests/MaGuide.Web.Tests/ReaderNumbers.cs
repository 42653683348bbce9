using System.Globalization;

namespace MaGuide.Web.Tests;

/// <summary>
/// How a reader should see money, written out by the tests instead of asking the site's <c>Formats</c> (a test that
/// formats its expectation with the code under test passes whatever that code prints). The rules: a dollar sign, whole
/// dollars rounded half away from zero, commas between thousands; a sign is + or the minus sign U+2212.
/// </summary>
public static class ReaderNumbers
{
    public static string Dollars(decimal value) =>
        "$" + Math.Round(value, 0, MidpointRounding.AwayFromZero).ToString("#,0", CultureInfo.InvariantCulture);

    public static string Annual(decimal value) => Dollars(value) + " a year";

    public static string SignedDollars(decimal value) => (value >= 0 ? "+" : "\u2212") + Dollars(Math.Abs(value));
}
