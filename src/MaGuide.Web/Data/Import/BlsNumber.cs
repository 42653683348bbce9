using System.Globalization;

namespace MaGuide.Web.Data.Import;

/// <summary>What a BLS cell says: a number, or one of the table's footnote symbols.</summary>
internal enum BlsCell
{
    Number,
    NotAvailable,
    TopCoded,
}

/// <summary>Reads BLS cells (thousands commas, <c>*</c>, <c>**</c>, <c>#</c>, <c>~</c>) and writes plain numbers as the content files hold them.</summary>
internal static class BlsNumber
{
    private const NumberStyles Styles = NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign
        | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowExponent;

    /// <summary>Reads a cell; <paramref name="where"/> names the file, row and column for the error an editor sees.</summary>
    public static (BlsCell Kind, decimal Value) Read(string text, string where)
    {
        var trimmed = text.Trim();
        switch (trimmed)
        {
            case "" or "*" or "**" or "~" or "-" or "—" or "N/A":
                return (BlsCell.NotAvailable, 0);
            case "#":
                return (BlsCell.TopCoded, 0);
        }

        // Spreadsheet numbers arrive as the stored double ("2.4500000000000002"); rounding to 6 places removes the noise.
        return decimal.TryParse(trimmed.TrimStart('$'), Styles, CultureInfo.InvariantCulture, out var value)
            ? (BlsCell.Number, Math.Round(value, 6))
            : throw new ImportException($"{where}: \"{trimmed}\" is not a number or a BLS symbol (*, **, #, ~)");
    }

    /// <summary>Whole units (employment, annual pay): <c>44200</c>.</summary>
    public static string Whole(decimal value) => Math.Round(value, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);

    /// <summary>Dollars and cents (hourly pay): <c>21.25</c>, as BLS prints them.</summary>
    public static string Cents(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A ratio as printed, without trailing zeros: <c>1.3</c>, <c>2.456</c>.</summary>
    public static string Ratio(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    public static bool TryParsePlain(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out value);
}
