using MaGuide.Web.Data;
using MaGuide.Web.Data.Vocabulary;

namespace MaGuide.Web.Queries;

/// <summary>
/// A state's pay figure: its headline row (<paramref name="Figures"/>), or in the rankings the row of the statistic most
/// states share (<paramref name="Statistic"/>, "median" or "mean"), so every ranked state is compared like with like.
/// </summary>
public sealed record StateWage(string Code, string Name, WageFigures Figures, string? Statistic = null)
{
    /// <summary>The annual figure the state is shown and compared by: of <see cref="Statistic"/>, else the typical one.</summary>
    public (decimal Value, string Measure) Pay => (Statistic is null ? Figures.TypicalAnnual : Figures.AnnualOf(Statistic))
        ?? throw new InvalidOperationException($"{Code}: the row has no {Statistic ?? "typical"} annual figure");

    /// <summary>
    /// The row the state's employment count comes from: the best-backed row of the same period as <see cref="Figures"/>
    /// that gives one, from any source (a count is a separate fact from pay; the pay row's source may not give it);
    /// null when none does.
    /// </summary>
    public WageFigures? EmploymentRow { get; init; }

    /// <summary>Medical assistants employed in the state in the period shown, from <see cref="EmploymentRow"/> (else the pay row); null when not held.</summary>
    public int? Employment => (EmploymentRow ?? Figures).Employment;
}

public sealed record SettingWage(string Industry, string Period, int? Employment, decimal? AnnualMean, SourceRef Source);

public sealed record MetroPay(string Area, string Period, int? Employment, decimal? AnnualMean, decimal? AnnualMedian, SourceRef Source);

/// <summary>Everything the salary page shows about medical assistant pay.</summary>
public sealed record SalaryReport
{
    public required WageFigures? National { get; init; }
    public required IReadOnlyList<WageFigures> NationalAlternatives { get; init; }

    /// <summary>
    /// The newest national figure more recent than <see cref="National"/> but less well backed (a lower trust tier),
    /// shown beside it so a reader who has seen the newer number elsewhere learns why it does not lead; null when none.
    /// </summary>
    public WageFigures? NationalNewer { get; init; }
    public required IReadOnlyList<WageFigures> Trend { get; init; }
    public required IReadOnlyList<SettingWage> Settings { get; init; }
    public required IReadOnlyList<StateWage> States { get; init; }
    public required IReadOnlyList<MetroPay> Metros { get; init; }
    public required int StatesWithoutPay { get; init; }

    /// <summary>The newest price level (BEA regional price parity) of each state that has one, by state code.</summary>
    public required IReadOnlyDictionary<string, PriceLevel> PriceLevels { get; init; }

    /// <summary>The states' figures ranked by pay and by price-adjusted pay, like figures only.</summary>
    public required PayRankings Rankings { get; init; }

    /// <summary>The occupation's official classification page (O*NET's summary for SOC 31-9092) when sources.csv lists it; null otherwise.</summary>
    public string? OccupationPageUrl { get; init; }
}

/// <summary>
/// National, state, setting and metro pay for medical assistants: each state's headline from the preferred rows; the
/// rankings from the statistic and period most states hold in any row (<see cref="PayRanking.LikeWithLike"/>).
/// </summary>
public sealed class SalaryQuery(IDbContextFactory<MaGuideDb> factory, StoreMemo memo)
{
    public Task<SalaryReport> GetAsync(CancellationToken ct) => memo.GetAsync("SalaryQuery.GetAsync", LoadGetAsync, ct);

    private async Task<SalaryReport> LoadGetAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var sources = await SourceLookup.LoadAsync(db, ct);
        var all = await WageSelection.AllAsync(db, sources, ct, role: WellKnown.Occupation);
        var rows = all.Where(r => r.Preferred).ToList();
        var states = await db.Areas.Where(a => a.IsState).OrderBy(a => a.Name).ToListAsync(ct);

        var national = rows.Where(r => r.AreaCode == WellKnown.NationalArea).ToList();
        var stateWages = states
            .Select(s => WageSelection.Latest(rows.Where(r => r.AreaCode == s.Code)) is { } w ? new StateWage(s.Code, s.Name, w) : null)
            .OfType<StateWage>()
            .ToList();

        var settings = (await db.IndustryWages.Where(w => w.Preferred && w.RoleSlug == WellKnown.Occupation).ToListAsync(ct))
            .Select(w => new SettingWage(w.IndustryName, w.Period, w.Employment, w.AnnualMean, sources[w.SourceId].ForFigure(w.Tier)))
            .OrderByDescending(w => w.Period, StringComparer.Ordinal).ThenByDescending(w => w.AnnualMean ?? 0)
            .ToList();

        var metros = (await db.MetroWages.Where(w => w.Preferred && w.RoleSlug == WellKnown.Occupation).ToListAsync(ct))
            .Select(w => new MetroPay(w.AreaName, w.Period, w.Employment, w.AnnualMean, w.AnnualMedian, sources[w.SourceId].ForFigure(w.Tier)))
            .OrderByDescending(m => m.Employment ?? 0)
            .ThenByDescending(m => m.AnnualMedian ?? m.AnnualMean ?? 0)
            .ToList();

        var levels = await PriceAdjustment.ForAllStatesAsync(db, sources, ct);
        var chosen = WageSelection.Latest(national.Where(r => r.AnnualP10 is not null || r.AnnualP90 is not null)) ?? WageSelection.Latest(national);
        return new SalaryReport
        {
            National = chosen,
            NationalAlternatives = await WageSelection.AlternativesAsync(db, sources, chosen, ct),
            NationalNewer = WageSelection.NewerButWeaker(national, chosen),
            Trend = [.. national.Where(r => r.Year is not null && r.TypicalAnnual is not null).OrderBy(r => r.Year)],
            Settings = settings,
            States = stateWages,
            Metros = metros,
            StatesWithoutPay = states.Count - stateWages.Count,
            PriceLevels = levels,
            Rankings = PayRanking.Rank(PayRanking.LikeWithLike(stateWages, all), levels),
            OccupationPageUrl = await OccupationPageAsync(db, ct),
        };
    }

    /// <summary>An official source whose address is O*NET's summary page for the medical assistant SOC code.</summary>
    private static async Task<string?> OccupationPageAsync(MaGuideDb db, CancellationToken ct)
    {
        var soc = await db.Roles.Where(r => r.Slug == WellKnown.Occupation).Select(r => r.SocCode).FirstOrDefaultAsync(ct);
        if (soc is null)
        {
            return null;
        }

        var page = $"onetonline.org/link/summary/{soc}.00";
        var urls = await db.Sources.Where(s => s.Kind == Data.Trust.SourceKinds.Official).Select(s => s.Url).ToListAsync(ct);
        return urls.FirstOrDefault(u => u.EndsWith(page, StringComparison.OrdinalIgnoreCase));
    }
}
