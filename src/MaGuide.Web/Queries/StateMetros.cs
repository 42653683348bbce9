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
public sealed record StateMetroPay(string Area, IReadOnlyList<string> States, string OfficialTitle, SourceRef PlaceSource, MetroPay Pay)
{
    /// <summary>The typical annual figure: the median where the source gives one, else the mean (as for a state).</summary>
    public (decimal Value, string Measure)? TypicalAnnual =>
        Pay.AnnualMedian is { } median ? (median, "median") : Pay.AnnualMean is { } mean ? (mean, "mean") : null;

    /// <summary>
    /// The difference from the state's figure in dollars a year, only when both are the same statistic for the same
    /// period; null otherwise (unlike figures are never compared).
    /// </summary>
    public decimal? DifferenceFrom(WageFigures? state) =>
        state?.TypicalAnnual is { } s && TypicalAnnual is { } m && s.Measure == m.Measure && state.Period == Pay.Period && Pay.Period.Length > 0
            ? m.Value - s.Value
            : null;
}

/// <summary>Loads the metros of a state for its page.</summary>
public static class StateMetros
{
    /// <summary>
    /// The preferred medical assistant pay rows of every metro placed in <paramref name="code"/> by metro_states.csv,
    /// newest period first, then by name. Metros with no sourced state are left out (they stay on /salary/metros).
    /// </summary>
    public static async Task<IReadOnlyList<StateMetroPay>> LoadAsync(MaGuideDb db, string code, IReadOnlyDictionary<string, SourceRef> sources, CancellationToken ct)
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
                return new StateMetroPay(
                    w.AreaName,
                    [.. place.StateCodes.Select(c => stateNames.GetValueOrDefault(c, c))],
                    place.OfficialTitle,
                    sources[place.SourceId!],
                    new MetroPay(w.AreaName, w.Period, w.Employment, w.AnnualMean, w.AnnualMedian, sources[w.SourceId].ForFigure(w.Tier)));
            })];
    }
}
