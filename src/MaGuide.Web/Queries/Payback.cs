using System.Globalization;

namespace MaGuide.Web.Queries;

/// <summary>What a reader types into the payback form, checked: dollars, whole months, dollars an hour, hours a week.</summary>
public sealed record PaybackInput(string State, decimal ProgramCost, int ProgramMonths, decimal CurrentHourly, decimal HoursPerWeek)
{
    public const decimal MaxCost = 200_000m;
    public const int MaxMonths = 60;
    public const decimal MaxHourly = 500m;
    public const decimal MaxHours = 80m;

    /// <summary>
    /// Parses the raw query values (invariant culture; a leading $ and thousands commas are allowed). Returns the input,
    /// or null with one plain message per bad field. Numbers outside the form's ranges are errors, never clamped.
    /// </summary>
    public static (PaybackInput? Input, IReadOnlyList<string> Errors) Parse(string? state, string? cost, string? months, string? hourly, string? hours, IReadOnlySet<string> states)
    {
        var errors = new List<string>();
        var code = (state ?? "").Trim().ToUpperInvariant();
        if (!states.Contains(code))
        {
            errors.Add("Pick your state from the list.");
        }

        var programCost = Money(cost, "Program cost", 0, MaxCost, errors);
        var programMonths = Months(months, errors);
        var currentHourly = Money(hourly, "Your pay now", 0, MaxHourly, errors, example: "18.50 (dollars an hour)");
        var weeklyHours = Money(hours, "Hours a week", 1, MaxHours, errors, dollars: false);
        return errors.Count > 0 ? (null, errors) : (new PaybackInput(code, programCost, programMonths, currentHourly, weeklyHours), errors);
    }

    private static decimal Money(string? raw, string label, decimal min, decimal max, List<string> errors, bool dollars = true, string example = "4500")
    {
        var text = (raw ?? "").Trim();
        if (dollars)
        {
            text = text.TrimStart('$').Replace(",", "", StringComparison.Ordinal);
        }

        if (text.Length == 0 || text.Length > 12
            || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add($"{label}: write a number{(dollars ? $" of dollars, e.g. {example}" : ", e.g. 40")}.");
            return 0;
        }

        if (value < min || value > max)
        {
            errors.Add($"{label}: {value.ToString("0.##", CultureInfo.InvariantCulture)} is out of range; use {min.ToString("0.##", CultureInfo.InvariantCulture)} to {max.ToString("#,0.##", CultureInfo.InvariantCulture)}.");
        }

        return value;
    }

    private static int Months(string? raw, List<string> errors)
    {
        var text = (raw ?? "").Trim();
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || text.Length > 3)
        {
            errors.Add("Program length: write a whole number of months, e.g. 9.");
            return 0;
        }

        if (value is < 1 or > MaxMonths)
        {
            errors.Add($"Program length: {value} months is out of range; use 1 to {MaxMonths}.");
        }

        return value;
    }
}

/// <summary>The sums of the payback answer, all in dollars and months. Money is rounded to cents only for display.</summary>
public sealed record PaybackResult
{
    /// <summary>Average weeks in a month: 52 weeks ÷ 12 months.</summary>
    public const decimal WeeksPerMonth = 52m / 12m;

    public required decimal CurrentMonthly { get; init; }
    public required decimal MaMonthly { get; init; }

    /// <summary>Medical-assistant pay a month minus your pay a month now (negative when the MA figure is lower).</summary>
    public required decimal MonthlyDifference { get; init; }

    /// <summary>Whole months of work after finishing to earn back the cost (rounded up); null when the difference is not positive.</summary>
    public required int? MonthsToEarnBack { get; init; }

    /// <summary>Program months plus <see cref="MonthsToEarnBack"/>; null when it never breaks even.</summary>
    public required int? MonthsFromStart { get; init; }

    /// <summary>
    /// The payback sums: monthly pay = hourly × hours a week × 52 ÷ 12 for both jobs (same hours); months to earn back =
    /// cost ÷ monthly difference, rounded up to a whole month; total = program length + that. A zero cost earns back in 0 months.
    /// </summary>
    public static PaybackResult Compute(PaybackInput input, decimal maHourly)
    {
        var current = input.CurrentHourly * input.HoursPerWeek * 52m / 12m;
        var ma = maHourly * input.HoursPerWeek * 52m / 12m;
        var difference = ma - current;
        int? months = input.ProgramCost == 0 ? 0 : difference > 0 ? (int)Math.Ceiling(input.ProgramCost / difference) : null;
        return new PaybackResult
        {
            CurrentMonthly = current,
            MaMonthly = ma,
            MonthlyDifference = difference,
            MonthsToEarnBack = months,
            MonthsFromStart = months is { } m ? input.ProgramMonths + m : null,
        };
    }

    /// <summary>Dollars to the cent for display (half away from zero, as people round money).</summary>
    public static decimal Cents(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
