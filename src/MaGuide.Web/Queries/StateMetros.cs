using MaGuide.Web.Data;
using MaGuide.Web.Data.Vocabulary;

namespace MaGuide.Web.Queries;

/// <summary>
/// One metro area's pay as listed on a state page: the preferred row of metro_wages.csv for a metro that
/// metro_states.csv places in the state (a metro spanning states is listed on each of their pages).
/// </summary>
/// <param name="Area">The metro's name as the pay source printed it (the key of metro_wages.csv).</param>
/// <param name="States">Every state the metro lies in, as full names, this state included.</param>
/// <param name="OfficialTitle">The area's title on the official page that names its states, e.g. "Chicago-Naperville-Elgin, IL-IN-WI".</param>
/// <param name="PlaceSource">The page that names the metro's states.</param>
/// <param name="Pay">The pay figure (annual median where given, else annual mean), its period, source and tier.</param>
/// <param name="StateFigure">
/// The state's row set beside the metro figure: the best-backed row of the state (any source, preferred or not) that gives
/// the same statistic for the same period (<see cref="WageSelection.BestWith"/>); null when the state has none, or the
/// metro figure's period is not stated.
/// </param>
public sealed record StateMetroPay(string Area, IReadOnlyList<string> States, string OfficialTitle, SourceRef PlaceSource, MetroPay Pay, WageFigures? StateFigure)
{
    /// <summary>The typical annual figure: the median where the source gives one, else the mean (as for a state).</summary>
    public (decimal Value, string Measure)? TypicalAnnual => TypicalOf(Pay);

    /// <summary>The metro figure less the state figure of the same statistic and period, in dollars a year; null when not compared.</summary>
    public decimal? Difference => TypicalAnnual is { } m && StateFigure?.AnnualOf(m.Measure) is { } s ? m.Value - s.Value : null;

    /// <summary>Why the metro figure is not set beside a state figure, in words for readers; empty when it is.</summary>
    public string NotComparedBecause(string stateInSentence) =>
        Difference is not null ? ""
        : TypicalAnnual is not { } m ? "the metro figure gives no annual median or mean"
        : Pay.Period.Length == 0 ? "the metro figure's period is not stated"
        : $"we hold no {Pay.Period} {m.Measure} for {stateInSentence}";

    internal static (decimal Value, string Measure)? TypicalOf(MetroPay pay) =>
        pay.AnnualMedian is { } median ? (median, "median") : pay.AnnualMean is { } mean ? (mean, "mean") : null;
}

/// <summary>Loads the metros of a state for its page.</summary>
public static class StateMetros
{
    /// <summary>
    /// The preferred medical assistant pay rows of every metro placed in <paramref name="code"/> by metro_states.csv,
    /// newest period first, then by name. Metros with no sourced state are left out (they stay on /salary/metros).
    /// </summary>
    /// <param name="db">The store.</param>
    /// <param name="code">The state's two-letter code, e.g. "CA".</param>
    /// <param name="sources">Every source by id (<see cref="SourceLookup.LoadAsync"/>).</param>
    /// <param name="stateRows">Every medical assistant wage row of the state (<see cref="WageSelection.AllAsync"/>), to find
    /// the figure of the same kind each metro is set beside.</param>
    /// <param name="ct">Cancels the queries.</param>
    public static async Task<IReadOnlyList<StateMetroPay>> LoadAsync(
        MaGuideDb db, string code, IReadOnlyDictionary<string, SourceRef> sources, IReadOnlyList<WageFigures> stateRows, CancellationToken ct)
    {
        var placed = (await db.MetroStates.Where(m => m.SourceId != null).ToListAsync(ct))
            .Where(m => m.StateCodes.Contains(code, StringComparer.Ordinal))
            .ToDictionary(m => m.AreaName, StringComparer.Ordinal);
        if (placed.Count == 0)
        {
            return [];
        }

        var names = placed.Keys.ToList();
        var codes = placed.Values.SelectMany(m => m.StateCodes).Distinct(StringComparer.Ordinal).ToList();
        var stateNames = await db.Areas.Where(a => codes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, a => a.Name, ct);
        var rows = await db.MetroWages
            .Where(w => w.Preferred && w.RoleSlug == WellKnown.Occupation && names.Contains(w.AreaName))
            .ToListAsync(ct);
        return [.. rows
            .OrderByDescending(w => w.Year ?? 0)
            .ThenBy(w => w.AreaName, StringComparer.Ordinal)
            .Select(w =>
            {
                var place = placed[w.AreaName];
                var pay = new MetroPay(w.AreaName, w.Period, w.Employment, w.AnnualMean, w.AnnualMedian, sources[w.SourceId].ForFigure(w.Tier));
                var beside = StateMetroPay.TypicalOf(pay) is { } typical && w.Period.Length > 0
                    ? WageSelection.BestFor(stateRows, w.Period, typical.Measure)
                    : null;
                return new StateMetroPay(
                    w.AreaName,
                    [.. place.StateCodes.Select(c => stateNames.GetValueOrDefault(c, c))],
                    place.OfficialTitle,
                    sources[place.SourceId!],
                    pay,
                    beside);
            })];
    }
}
