using MaGuide.Web.Infrastructure;

namespace MaGuide.Web.Tests.Infrastructure;

/// <summary>What <see cref="Formats"/> prints, pinned to literal strings (the page tests compare with <see cref="ReaderNumbers"/>, not with Formats).</summary>
public sealed class FormatsTests
{
    [Theory]
    [InlineData("44720", "$44,720")]
    [InlineData("1234567", "$1,234,567")]
    [InlineData("999.5", "$1,000")]
    [InlineData("44719.49", "$44,719")]
    [InlineData("0", "$0")]
    public void Dollars_are_whole_with_thousands_separators(string value, string expected)
    {
        Assert.Equal(expected, Formats.Dollars(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected, ReaderNumbers.Dollars(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Pay_money_counts_and_signs_read_as_written_for_readers()
    {
        Assert.Equal("$44,720 a year", Formats.Annual(44720m));
        Assert.Equal("$21.25 an hour", Formats.Hourly(21.25m));
        Assert.Equal("$21.25", Formats.DollarsAndCents(21.245m));
        Assert.Equal("+$1,200", Formats.SignedDollars(1200m));
        Assert.Equal("\u2212$1,200", Formats.SignedDollars(-1200m));
        Assert.Equal("12,345", Formats.Count(12345));
        // The payback form answered "462" months to earn back a cost; a reader should not have to divide by 12.
        Assert.Equal("", Formats.InYears(23));
        Assert.Equal(" (about 2 years)", Formats.InYears(24));
        Assert.Equal(" (about 38.5 years)", Formats.InYears(462));
        Assert.Equal(" (about 39.5 years)", Formats.InYears(474));
        Assert.Equal("12.5%", Formats.Percent(12.5m));
        Assert.Equal("12%", Formats.Percent(12m));
        Assert.Equal("+4.5%", Formats.SignedPercent(4.5m));
        Assert.Equal("\u22123.2%", Formats.SignedPercent(-3.2m));
        Assert.Equal("March 4, 2026", Formats.Date(new DateOnly(2026, 3, 4)));
        Assert.Equal("2026-03-04", Formats.IsoDate(new DateOnly(2026, 3, 4)));
        Assert.Equal("1 minute read", Formats.ReadingTime(1));
        Assert.Equal("7 minute read", Formats.ReadingTime(7));
    }

    [Theory]
    [InlineData("Nursing assistant (CNA)", "nursing assistant (CNA)")]
    [InlineData("RN", "RN")]
    [InlineData("a", "a")]
    public void A_name_in_a_sentence_loses_only_a_leading_capital_of_a_word(string name, string expected) =>
        Assert.Equal(expected, Formats.InSentence(name));
}
