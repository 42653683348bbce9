namespace MaGuide.Web.Data;

/// <summary>
/// A kind of pay figure that can be compared across states: one period (<c>May 2023</c>) and one statistic
/// (<c>median</c> or <c>mean</c>, hourly or annual), with the states that have one and how many of those
/// rest on a source that printed the period rather than one where the period was inferred.
/// </summary>
public sealed record PayKind(string Period, int Year, string Statistic, IReadOnlyList<string> Areas, IReadOnlyList<string> AreasWithPrintedPeriod)
{
    public string Label => $"{Period} {Statistic}";
}

/// <summary>
/// Medical assistant pay coverage over the 50 states and DC: which have a dated figure, which say why they have none
/// (<c>pay_note</c> in areas.csv), and the most common comparable kind of figure. Every wage row counts, preferred or not,
/// because a map of one kind may use any row of that kind.
/// </summary>
public sealed record PayCoverage(int States, IReadOnlyList<string> WithFigure, IReadOnlyList<string> WithReasonOnly, IReadOnlyList<string> WithNeither, IReadOnlyList<PayKind> Kinds)
{
    /// <summary>The kind shared by the most states (ties: newer period, then median before mean); null when no state has a figure.</summary>
    public PayKind? MostCommon => Kinds.Count == 0 ? null : Kinds[0];

    /// <summary>The line <c>check</c> prints.</summary>
    public string SummaryLine() =>
        $"quality: pay: {WithFigure.Count} of {States} states have a dated medical assistant pay figure, {WithReasonOnly.Count} say why not, {WithNeither.Count} have neither" +
        (WithNeither.Count > 0 ? $" ({string.Join(", ", WithNeither)})" : "") +
        (MostCommon is { } k ? $"; most common kind: {k.Label} for {k.Areas.Count} states ({k.AreasWithPrintedPeriod.Count} with the period printed by the source)" : "");

    public static PayCoverage Compute(DataSet data)
    {
        var states = data.Areas.Where(a => a.IsState).ToList();
        var stateCodes = states.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        var figures = data.Wages.Where(w => PayGaps.IsPayFigure(w) && stateCodes.Contains(w.AreaCode)).ToList();
        var withFigure = figures.Select(w => w.AreaCode).ToHashSet(StringComparer.Ordinal);

        var kinds = figures
            .SelectMany(w => Statistics(w).Select(statistic => (w.Period, Year: w.Year!.Value, Statistic: statistic, w.AreaCode, w.PeriodInferred)))
            .GroupBy(f => (f.Period, f.Year, f.Statistic))
            .Select(g => new PayKind(g.Key.Period, g.Key.Year, g.Key.Statistic,
                [.. g.Select(f => f.AreaCode).Distinct().Order(StringComparer.Ordinal)],
                [.. g.Where(f => !f.PeriodInferred).Select(f => f.AreaCode).Distinct().Order(StringComparer.Ordinal)]))
            .OrderByDescending(k => k.Areas.Count).ThenByDescending(k => k.Year).ThenBy(k => k.Statistic == "median" ? 0 : 1)
            .ToList();

        string[] Codes(Func<Area, bool> where) => [.. states.Where(where).Select(a => a.Code).Order(StringComparer.Ordinal)];
        return new PayCoverage(
            states.Count,
            Codes(a => withFigure.Contains(a.Code)),
            Codes(a => !withFigure.Contains(a.Code) && a.PayNote is not null),
            Codes(a => !withFigure.Contains(a.Code) && a.PayNote is null),
            kinds);
    }

    private static IEnumerable<string> Statistics(WageEstimate w)
    {
        if ((w.AnnualMedian ?? w.HourlyMedian) is not null)
        {
            yield return "median";
        }

        if ((w.AnnualMean ?? w.HourlyMean) is not null)
        {
            yield return "mean";
        }
    }
}
