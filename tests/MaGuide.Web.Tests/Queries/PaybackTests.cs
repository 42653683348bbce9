using MaGuide.Web.Queries;

namespace MaGuide.Web.Tests.Queries;

/// <summary>The payback sums against cases worked out by hand, and the form's parsing of bad input.</summary>
public sealed class PaybackTests
{
    private static readonly HashSet<string> States = ["CA", "TX"];

    private static PaybackInput Input(decimal cost, int months, decimal hourly, decimal hours) => new("CA", cost, months, hourly, hours);

    [Fact]
    public void A_positive_difference_earns_back_in_whole_months_rounded_up()
    {
        // Now: 16 × 40 × 52 / 12 = 2,773.333…; MA: 17.60 × 40 × 52 / 12 = 3,050.666…; difference 277.333…;
        // 3,015 / 277.333… = 10.871… → 11 months; 9 + 11 = 20 from the start.
        var result = PaybackResult.Compute(Input(3015m, 9, 16m, 40m), 17.60m);

        Assert.Equal(2773.33m, PaybackResult.Cents(result.CurrentMonthly));
        Assert.Equal(3050.67m, PaybackResult.Cents(result.MaMonthly));
        Assert.Equal(277.33m, PaybackResult.Cents(result.MonthlyDifference));
        Assert.Equal(11, result.MonthsToEarnBack);
        Assert.Equal(20, result.MonthsFromStart);
    }

    [Fact]
    public void An_exact_division_is_not_rounded_up_a_month_more()
    {
        // Difference: (20 − 15) × 30 × 52 / 12 = 650.00 a month; 1,300 / 650 = exactly 2 months.
        var result = PaybackResult.Compute(Input(1300m, 6, 15m, 30m), 20m);

        Assert.Equal(650m, result.MonthlyDifference);
        Assert.Equal(2, result.MonthsToEarnBack);
        Assert.Equal(8, result.MonthsFromStart);
    }

    [Fact]
    public void Cents_round_half_away_from_zero()
    {
        Assert.Equal(0.13m, PaybackResult.Cents(0.125m));
        Assert.Equal(-0.13m, PaybackResult.Cents(-0.125m));
        Assert.Equal(2773.33m, PaybackResult.Cents(16m * 40m * 52m / 12m));
    }

    [Fact]
    public void A_lower_medical_assistant_figure_never_pays_back()
    {
        // Now 20 an hour, MA 18: −2 × 40 × 52 / 12 = −346.666… a month.
        var result = PaybackResult.Compute(Input(3000m, 9, 20m, 40m), 18m);

        Assert.Equal(-346.67m, PaybackResult.Cents(result.MonthlyDifference));
        Assert.Null(result.MonthsToEarnBack);
        Assert.Null(result.MonthsFromStart);
    }

    [Fact]
    public void Equal_pay_never_pays_back_but_a_free_program_pays_back_at_once()
    {
        Assert.Null(PaybackResult.Compute(Input(100m, 3, 18m, 40m), 18m).MonthsToEarnBack);
        var free = PaybackResult.Compute(Input(0m, 3, 18m, 40m), 18m);
        Assert.Equal(0, free.MonthsToEarnBack);
        Assert.Equal(3, free.MonthsFromStart);
    }

    [Fact]
    public void Not_working_now_counts_as_zero_pay()
    {
        // 0 now; MA 20 × 20 × 52 / 12 = 1,733.333…; 5,000 / 1,733.33 = 2.88 → 3 months.
        var result = PaybackResult.Compute(Input(5000m, 12, 0m, 20m), 20m);

        Assert.Equal(3, result.MonthsToEarnBack);
        Assert.Equal(15, result.MonthsFromStart);
    }

    [Fact]
    public void Parse_accepts_dollar_signs_commas_and_any_case_state()
    {
        var (input, errors) = PaybackInput.Parse("ca", "$3,015", "9", "16.50", "40", States);

        Assert.Empty(errors);
        Assert.Equal(new PaybackInput("CA", 3015m, 9, 16.50m, 40m), input);
    }

    [Theory]
    [InlineData("ZZ", "3000", "9", "16", "40", "Pick your state from the list.")]
    [InlineData("CA", "-5", "9", "16", "40", "Program cost: write a number of dollars, e.g. 4500.")]
    [InlineData("CA", "abc", "9", "16", "40", "Program cost: write a number of dollars, e.g. 4500.")]
    [InlineData("CA", "999999999", "9", "16", "40", "Program cost: 999999999 is out of range; use 0 to 200,000.")]
    [InlineData("CA", "1e5", "9", "16", "40", "Program cost: write a number of dollars, e.g. 4500.")]
    [InlineData("CA", "3000", "0", "16", "40", "Program length: 0 months is out of range; use 1 to 60.")]
    [InlineData("CA", "3000", "9.5", "16", "40", "Program length: write a whole number of months, e.g. 9.")]
    [InlineData("CA", "3000", "9", "NaN", "40", "Your pay now: write a number of dollars, e.g. 18.50 (dollars an hour).")]
    [InlineData("CA", "3000", "9", "501", "40", "Your pay now: 501 is out of range; use 0 to 500.")]
    [InlineData("CA", "3000", "9", "16", "0", "Hours a week: 0 is out of range; use 1 to 80.")]
    [InlineData("CA", "3000", "9", "16", "", "Hours a week: write a number, e.g. 40.")]
    public void Parse_rejects_bad_input_with_a_plain_message(string state, string cost, string months, string hourly, string hours, string expected)
    {
        var (input, errors) = PaybackInput.Parse(state, cost, months, hourly, hours, States);

        Assert.Null(input);
        Assert.Contains(expected, errors);
    }

    [Theory]
    [InlineData(20.00, 100.0, 20.00)]
    [InlineData(20.00, 110.7, 18.07)] // 2,000 / 110.7 = 18.0668…
    [InlineData(18.00, 87.5, 20.57)]  // 1,800 / 87.5 = 20.5714…
    public void Price_adjustment_is_pay_times_100_over_the_parity(double pay, double rpp, double expected)
    {
        Assert.Equal((decimal)expected, PaybackResult.Cents(PriceAdjustment.Adjust((decimal)pay, (decimal)rpp)));
    }

    [Fact]
    public void Price_adjustment_refuses_a_zero_parity_and_passes_through_a_missing_one()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PriceAdjustment.Adjust(20m, 0m));
        Assert.Null(PriceAdjustment.Adjust(20m, (PriceLevel?)null));
    }
}
