using MaGuide.Web.Data;
using MaGuide.Web.Data.Vocabulary;
using MaGuide.Web.Infrastructure;

namespace MaGuide.Web.Queries;

/// <summary>
/// One task in both states: each side's preferred rule (null = no source found) and the difference in words.
/// <paramref name="Differs"/> is true only when both states have a known status and the two differ;
/// <paramref name="KnownInOnlyOne"/> when one state's status is known and the other's unknown (not a difference: we
/// cannot say).
/// </summary>
public sealed record TaskPair(string TaskKey, string TaskName, ScopeRuleView? A, ScopeRuleView? B, bool Differs, bool KnownInOnlyOne, string InWords);

/// <summary>
/// Two states side by side (<see cref="A"/> before <see cref="B"/> by code): their profiles, and what can honestly be
/// compared. Pay is compared only when both figures share statistic and period; adjusted pay also needs one RPP year.
/// </summary>
public sealed record StatePair
{
    public required StateProfile A { get; init; }
    public required StateProfile B { get; init; }

    /// <summary>The Census division of each state, when census_divisions.csv lists it.</summary>
    public required string? DivisionA { get; init; }
    public required string? DivisionB { get; init; }

    /// <summary>Every scope task but the credential one, in the matrix's order.</summary>
    public required IReadOnlyList<TaskPair> Tasks { get; init; }

    /// <summary>
    /// Set when the two states' headline figures differ in kind and the pair shows instead each state's figure of the
    /// best-backed, then newest period and statistic both hold ("May 2023 mean"); null when the pair shows the headlines.
    /// </summary>
    public string? SharedKind { get; init; }

    /// <summary>True when both pay figures shown have the same statistic and period (so they may be compared).</summary>
    public bool PayComparable => A.Wage?.TypicalAnnual is { } a && B.Wage?.TypicalAnnual is { } b && a.Measure == b.Measure && A.Wage.Period == B.Wage.Period && A.Wage.Period.Length > 0;

    /// <summary>True when the pay is comparable and both adjusted figures use a price level of the same year.</summary>
    public bool AdjustedComparable => PayComparable && A.Adjusted is { } a && B.Adjusted is { } b && a.Level.Year == b.Level.Year;

    /// <summary>
    /// How many tasks differ, in one sentence: "1 of 8 tasks has a different status in the two states; 7 are known in
    /// only one of them, so we cannot compare them." A task unknown in either state is never counted as a difference.
    /// </summary>
    public string DifferenceInWords => DescribeDifferences(Tasks.Count(t => t.Differs), Tasks.Count(t => t.KnownInOnlyOne), Tasks.Count);

    /// <summary>The sentence <see cref="DifferenceInWords"/> gives for these counts.</summary>
    public static string DescribeDifferences(int differ, int knownInOne, int total)
    {
        var sentence = $"{differ} of {total} {(total == 1 ? "task" : "tasks")} {(differ == 1 ? "has" : "have")} a different status in the two states";
        return sentence + knownInOne switch
        {
            0 => ".",
            1 => "; 1 is known in only one of them, so we cannot compare it.",
            _ => $"; {knownInOne} are known in only one of them, so we cannot compare them.",
        };
    }

    /// <summary>The pay difference in words, or why the two figures are not compared.</summary>
    public string PayInWords => PayDifference.Describe(A, B, adjusted: false, PayComparable);

    /// <summary>The adjusted pay difference in words, or why it is not compared.</summary>
    public string AdjustedInWords => PayDifference.Describe(A, B, adjusted: true, AdjustedComparable);
}

/// <summary>Builds <see cref="StatePair"/> from the two states' profiles; answers are kept in the <see cref="StoreMemo"/>.</summary>
public sealed class StatePairQuery(IDbContextFactory<MaGuideDb> factory, StateQuery states, StoreMemo memo)
{
    /// <summary>The pair for two distinct state codes (upper case); null when either is not a state.</summary>
    public Task<StatePair?> CompareAsync(string codeA, string codeB, CancellationToken ct) =>
        memo.GetAsync($"StatePairQuery.CompareAsync:{codeA}:{codeB}", c => LoadCompareAsync(codeA, codeB, c), ct);

    /// <summary>The codes of the states in the same Census division as <paramref name="code"/>, in code order.</summary>
    public Task<IReadOnlyList<(string Code, string Name)>> NeighboursAsync(string code, CancellationToken ct) =>
        memo.GetAsync($"StatePairQuery.NeighboursAsync:{code}", c => LoadNeighboursAsync(code, c), ct);

    private async Task<StatePair?> LoadCompareAsync(string codeA, string codeB, CancellationToken ct)
    {
        var (first, second) = string.CompareOrdinal(codeA, codeB) <= 0 ? (codeA, codeB) : (codeB, codeA);
        if (await states.ProfileAsync(first, ct) is not { } a || await states.ProfileAsync(second, ct) is not { } b)
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var shared = await SharedKindAsync(db, a, b, ct);
        if (shared is { } like)
        {
            (a, b) = (like.A, like.B);
        }

        var divisions = await db.CensusDivisions.Where(d => d.StateCode == first || d.StateCode == second).ToDictionaryAsync(d => d.StateCode, d => d.Division, ct);
        var tasks = a.Tasks.Where(t => t.TaskKey != WellKnown.RegistrationOrCredential)
            .Select(t => Pair(t, b.Tasks.First(o => o.TaskKey == t.TaskKey), a.NameInSentence, b.NameInSentence))
            .ToList();
        return new StatePair { A = a, B = b, DivisionA = divisions.GetValueOrDefault(first), DivisionB = divisions.GetValueOrDefault(second), Tasks = tasks, SharedKind = shared?.Kind };
    }

    /// <summary>
    /// When the two headlines differ in period or statistic: each state's best figure (<see cref="WageSelection.BestWith"/>)
    /// of the best-backed, then newest period and statistic both states hold (one whose period both sources print
    /// first, then a median before a mean), with its adjusted pay; null when the headlines already compare or no kind
    /// is shared.
    /// </summary>
    private static async Task<(StateProfile A, StateProfile B, string Kind)?> SharedKindAsync(MaGuideDb db, StateProfile a, StateProfile b, CancellationToken ct)
    {
        if (a.Wage?.TypicalAnnual is not { } ta || b.Wage?.TypicalAnnual is not { } tb || (ta.Measure == tb.Measure && a.Wage.Period == b.Wage.Period && a.Wage.Period.Length > 0))
        {
            return null;
        }

        var sources = await SourceLookup.LoadAsync(db, ct);
        var rowsA = await WageSelection.AllAsync(db, sources, ct, WellKnown.Occupation, a.Code);
        var rowsB = await WageSelection.AllAsync(db, sources, ct, WellKnown.Occupation, b.Code);
        if (WageSelection.SharedKind([rowsA, rowsB]) is not { } kind)
        {
            return null;
        }

        var (period, measure) = kind;
        async Task<StateProfile> Side(StateProfile side, List<WageFigures> rows)
        {
            var row = WageSelection.OfKind(rows, kind)!;
            var level = side.Adjusted?.Level ?? await PriceAdjustment.ForStateAsync(db, side.Code, sources, ct);
            return side with { Wage = row, WageAlternatives = [], Adjusted = PriceAdjustment.For(row, level) };
        }

        return (await Side(a, rowsA), await Side(b, rowsB), $"{period} {measure}");
    }

    private async Task<IReadOnlyList<(string Code, string Name)>> LoadNeighboursAsync(string code, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var division = await db.CensusDivisions.Where(d => d.StateCode == code).Select(d => d.Division).FirstOrDefaultAsync(ct);
        var codes = await db.CensusDivisions.Where(d => d.Division == division && d.StateCode != code).Select(d => d.StateCode).ToListAsync(ct);
        return [.. (await db.Areas.Where(a => codes.Contains(a.Code)).ToListAsync(ct)).OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => (a.Code, a.Name))];
    }

    /// <summary>One task in both states, with the difference said in words (never by colour alone).</summary>
    public static TaskPair Pair(TaskRule a, TaskRule b, string nameA, string nameB)
    {
        var statusA = ScopeStatus.OfCell(a.Rule?.Status);
        var statusB = ScopeStatus.OfCell(b.Rule?.Status);
        string words;
        var knownInOne = (statusA == ScopeStatuses.Unknown) != (statusB == ScopeStatuses.Unknown);
        var differs = statusA != statusB && !knownInOne;
        if (statusA == ScopeStatuses.Unknown && statusB == ScopeStatuses.Unknown)
        {
            words = "Unknown in both: we found no source for either state. Ask each state's medical board.";
        }
        else if (knownInOne)
        {
            var (known, knownStatus, unknown) = statusA == ScopeStatuses.Unknown ? (nameB, statusB, nameA) : (nameA, statusA, nameB);
            words = $"Known only in {known}: {ScopeStatus.InSentence(knownStatus)}. For {unknown} we found no source, so we cannot say they differ; ask its medical board.";
        }
        else if (!differs)
        {
            var conditionsDiffer = statusA == ScopeStatuses.AllowedWithConditions && !string.Equals(a.Rule!.Conditions, b.Rule!.Conditions, StringComparison.Ordinal);
            words = $"Same in both: {ScopeStatus.InSentence(statusA)}." + (conditionsDiffer ? " The conditions are worded differently; read each state's." : "");
        }
        else
        {
            words = $"Differs: {ScopeStatus.InSentence(statusA)} in {nameA}, {ScopeStatus.InSentence(statusB)} in {nameB}.";
        }

        return new TaskPair(a.TaskKey, a.TaskName, a.Rule, b.Rule, differs, knownInOne, words);
    }
}

/// <summary>Pay differences between two states in words, for like figures only.</summary>
public static class PayDifference
{
    public static string Describe(StateProfile a, StateProfile b, bool adjusted, bool comparable)
    {
        if (a.Wage?.TypicalAnnual is not { } pa || b.Wage?.TypicalAnnual is not { } pb)
        {
            var missing = a.Wage is null && b.Wage is null ? "either state" : a.Wage is null ? a.NameInSentence : b.NameInSentence;
            return $"Not compared: we hold no pay figure for {missing}.";
        }

        if (!comparable)
        {
            if (adjusted && (a.Adjusted is null || b.Adjusted is null))
            {
                return $"Not compared: we hold no price level for {(a.Adjusted is null ? a.NameInSentence : b.NameInSentence)}.";
            }

            return adjusted && a.Wage.Period == b.Wage.Period && pa.Measure == pb.Measure
                ? $"Not compared: the price levels are for different years ({a.Adjusted!.Level.Year} and {b.Adjusted!.Level.Year})."
                : $"Not compared: {a.NameInSentence}'s figure is a {Kind(a.Wage)} and {b.NameInSentence}'s a {Kind(b.Wage)}, so they are not like figures.";
        }

        var (valueA, valueB) = adjusted ? (a.Adjusted!.Exact, b.Adjusted!.Exact) : (pa.Value, pb.Value);
        if (valueA == valueB)
        {
            return $"The same in both: {(adjusted ? "about " + Formats.Dollars(a.Adjusted!.Shown) : Formats.Dollars(valueA))} a year.";
        }

        var (high, low, highValue, lowValue) = valueA > valueB ? (a, b, valueA, valueB) : (b, a, valueB, valueA);
        var gap = highValue - lowValue;
        var percent = gap / lowValue * 100m;
        // The adjusted gap is the gap between the figures as shown, so the sentence and the table agree.
        var shownGap = adjusted ? high.Adjusted!.Shown - low.Adjusted!.Shown : gap;
        // A gap of a few dollars can show as $100 once each figure is rounded to the nearest $100: under half a
        // percent, the two buy about the same.
        if (shownGap == 0 || (adjusted && percent < 0.5m))
        {
            return a.Adjusted!.Shown == b.Adjusted!.Shown
                ? $"About the same after prices: pay in both buys about {Formats.Dollars(a.Adjusted.Shown)} a year across the U.S."
                : $"About the same after prices: pay in {a.NameInSentence} buys about {Formats.Dollars(a.Adjusted.Shown)} and in {b.NameInSentence} about {Formats.Dollars(b.Adjusted.Shown)} a year across the U.S., less than half a percent apart.";
        }

        return adjusted
            ? $"After prices, pay in {high.NameInSentence} buys about {Formats.Dollars(shownGap)} more a year ({Formats.Percent(Math.Round(percent, 1))}) than in {low.NameInSentence}."
            : $"The {pa.Measure} in {high.NameInSentence} is {Formats.Dollars(gap)} a year higher ({Formats.Percent(Math.Round(percent, 1))}) than in {low.NameInSentence}, for the same period ({a.Wage.Period}).";
    }

    private static string Kind(WageFigures wage) =>
        $"{(wage.Period.Length > 0 ? wage.Period : "undated")} {wage.TypicalAnnual!.Value.Measure}";
}
