using MaGuide.Web.Data;
using MaGuide.Web.Data.Trust;
using MaGuide.Web.Data.Vocabulary;

namespace MaGuide.Web.Queries;

/// <summary>
/// One source's wage figures for a role, area and period: the stored row (every column of wages.csv, so a new
/// column needs no copying here) with its source as a page names it.
/// </summary>
public sealed record WageFigures
{
    /// <summary>The row as stored, with its computed tier.</summary>
    public required WageEstimate Row { get; init; }

    public required SourceRef Source { get; init; }

    public string RoleSlug => Row.RoleSlug;
    public string AreaCode => Row.AreaCode;
    public string Period => Row.Period;
    public int? Year => Row.Year;
    public bool PeriodInferred => Row.PeriodInferred;
    public int? Employment => Row.Employment;
    public decimal? HourlyMean => Row.HourlyMean;
    public decimal? HourlyP10 => Row.HourlyP10;
    public decimal? HourlyP25 => Row.HourlyP25;
    public decimal? HourlyMedian => Row.HourlyMedian;
    public decimal? HourlyP75 => Row.HourlyP75;
    public decimal? HourlyP90 => Row.HourlyP90;
    public decimal? AnnualMean => Row.AnnualMean;
    public decimal? AnnualP10 => Row.AnnualP10;
    public decimal? AnnualP25 => Row.AnnualP25;
    public decimal? AnnualMedian => Row.AnnualMedian;
    public decimal? AnnualP75 => Row.AnnualP75;
    public decimal? AnnualP90 => Row.AnnualP90;

    /// <summary>How well the figures are backed (computed by <see cref="Trust"/>).</summary>
    public TrustTier Tier => Row.Tier;

    /// <summary>The period as readers should see it, saying when we inferred it.</summary>
    public string PeriodInWords => Period.Length == 0 ? "period not stated by the source" : PeriodInferred ? $"{Period} (period inferred; the source does not state it)" : Period;

    /// <summary>The period in brackets after a figure in a guide's prose: "May 2023", "May 2023, period inferred" or "period not stated".</summary>
    public string PeriodInBrackets => Period.Length == 0 ? "period not stated" : PeriodInferred ? $"{Period}, period inferred" : Period;

    /// <summary>The typical annual figure: the median where the source gives one, else the mean.</summary>
    public (decimal Value, string Measure)? TypicalAnnual =>
        AnnualMedian is { } median ? (median, "median") : AnnualMean is { } mean ? (mean, "mean") : null;

    /// <summary>The annual figure of one statistic ("median" or "mean"), or null when the source does not give it.</summary>
    public (decimal Value, string Measure)? AnnualOf(string statistic) => statistic switch
    {
        "median" => AnnualMedian is { } median ? (median, "median") : null,
        "mean" => AnnualMean is { } mean ? (mean, "mean") : null,
        _ => null,
    };

    /// <summary>Whether this row is its role, area and period's preferred row (<see cref="Trust.RankFigures"/>).</summary>
    public bool Preferred => Row.Preferred;

    public static WageFigures From(WageEstimate w, IReadOnlyDictionary<string, SourceRef> sources) => new()
    {
        Row = w,
        Source = sources[w.SourceId].ForFigure(w.Tier),
    };
}

public static class WageSelection
{
    /// <summary>The occupation the site is about; the same as <see cref="WellKnown.Occupation"/> (kept for callers not yet moved).</summary>
    public const string MedicalAssistant = WellKnown.Occupation;

    /// <summary>
    /// The row to lead with for a role and area (among preferred rows with a typical annual figure): the highest
    /// trust tier, then the newest period within it (<see cref="Trust.Headline{T}"/>). Rows without a stated
    /// period come last within their tier.
    /// </summary>
    public static WageFigures? Latest(IEnumerable<WageFigures> rows) =>
        Trust.Headline(rows.Where(r => r.TypicalAnnual is not null), r => r.Tier, r => r.Year);

    /// <summary>A figure newer than the headline but less well backed, to show beside it as such; null if none.</summary>
    public static WageFigures? NewerButWeaker(IEnumerable<WageFigures> rows, WageFigures? headline) =>
        Trust.NewerButWeaker(rows.Where(r => r.TypicalAnnual is not null), headline, r => r.Tier, r => r.Year);

    /// <summary>The rows for the same role, area and period that were not chosen: sources that disagree or add detail.</summary>
    public static async Task<IReadOnlyList<WageFigures>> AlternativesAsync(MaGuideDb db, IReadOnlyDictionary<string, SourceRef> sources, WageFigures? chosen, CancellationToken ct)
    {
        if (chosen is null)
        {
            return [];
        }

        var rows = await db.WageEstimates
            .Where(w => !w.Preferred && w.RoleSlug == chosen.RoleSlug && w.AreaCode == chosen.AreaCode && w.Period == chosen.Period)
            .ToListAsync(ct);
        return [.. rows.Select(w => WageFigures.From(w, sources))];
    }

    /// <summary>
    /// The best row among <paramref name="rows"/> that gives a figure <paramref name="has"/> asks for, from any source
    /// (not only each period's preferred row, which may lead with another statistic): the highest tier, then the newest
    /// period, then the preferred row, then the first. So a row added for one statistic never hides another.
    /// </summary>
    public static WageFigures? BestWith(IEnumerable<WageFigures> rows, Func<WageFigures, bool> has) =>
        Trust.Headline(rows.Where(has).OrderByDescending(r => r.Preferred), r => r.Tier, r => r.Year);

    /// <summary>
    /// The best row (<see cref="BestWith"/>) for <paramref name="period"/> that gives an annual <paramref name="statistic"/>
    /// ("median" or "mean"), whichever statistic the row leads with; null when none does.
    /// </summary>
    public static WageFigures? BestFor(IEnumerable<WageFigures> rows, string period, string statistic) =>
        BestWith(rows, r => r.Period == period && r.AnnualOf(statistic) is not null);

    /// <summary>
    /// The kind of figure (period and statistic, e.g. ("May 2023", "median")) that every side holds in some row, for
    /// comparing two or more places or roles like with like: the best backed first (the weakest side's best tier, then
    /// the strongest side's, so trust comes before recency as on a single page), then the newest, then one every side's
    /// source printed the period of, then a median before a mean. Null when the sides share no kind. A row's kind is its
    /// typical figure (median, else mean).
    /// </summary>
    public static (string Period, string Measure)? SharedKind(IReadOnlyList<IReadOnlyList<WageFigures>> sides)
    {
        static IEnumerable<(string Period, string Measure, int Year)> Kinds(IEnumerable<WageFigures> rows) =>
            rows.Where(r => r.Year is not null && r.Period.Length > 0 && r.TypicalAnnual is not null).Select(r => (r.Period, r.TypicalAnnual!.Value.Measure, r.Year!.Value));
        bool Printed((string Period, string Measure, int Year) k) =>
            sides.All(rows => rows.Any(r => r.Period == k.Period && r.TypicalAnnual?.Measure == k.Measure && !r.PeriodInferred));
        IEnumerable<TrustTier> Backing((string Period, string Measure, int Year) k) =>
            sides.Select(rows => rows.Where(r => r.Period == k.Period && r.TypicalAnnual?.Measure == k.Measure).Max(r => r.Tier));
        var shared = sides.Count == 0 ? [] : sides.Skip(1).Aggregate(Kinds(sides[0]).Distinct(), (kinds, rows) => kinds.Intersect(Kinds(rows))).ToList();
        return shared.OrderByDescending(k => Backing(k).Min()).ThenByDescending(k => Backing(k).Max()).ThenByDescending(k => k.Year)
            .ThenByDescending(Printed).ThenBy(k => k.Measure == "median" ? 0 : 1)
            .Select(k => ((string, string)?)(k.Period, k.Measure)).FirstOrDefault();
    }

    /// <summary>The best row of <paramref name="rows"/> whose typical figure is of <paramref name="kind"/> (<see cref="BestWith"/>).</summary>
    public static WageFigures? OfKind(IEnumerable<WageFigures> rows, (string Period, string Measure) kind) =>
        BestWith(rows, r => r.Period == kind.Period && r.TypicalAnnual?.Measure == kind.Measure);

    /// <summary>Every row of wages.csv (preferred or not), optionally for one role and one area, in file order.</summary>
    public static async Task<List<WageFigures>> AllAsync(MaGuideDb db, IReadOnlyDictionary<string, SourceRef> sources, CancellationToken ct, string? role = null, string? area = null)
    {
        var query = db.WageEstimates.AsQueryable();
        if (role is not null)
        {
            query = query.Where(w => w.RoleSlug == role);
        }

        if (area is not null)
        {
            query = query.Where(w => w.AreaCode == area);
        }

        return [.. (await query.OrderBy(w => w.Id).ToListAsync(ct)).Select(w => WageFigures.From(w, sources))];
    }

    public static async Task<List<WageFigures>> PreferredAsync(MaGuideDb db, IReadOnlyDictionary<string, SourceRef> sources, CancellationToken ct, string? role = null, string? area = null)
    {
        var query = db.WageEstimates.Where(w => w.Preferred);
        if (role is not null)
        {
            query = query.Where(w => w.RoleSlug == role);
        }

        if (area is not null)
        {
            query = query.Where(w => w.AreaCode == area);
        }

        return [.. (await query.ToListAsync(ct)).Select(w => WageFigures.From(w, sources))];
    }
}
