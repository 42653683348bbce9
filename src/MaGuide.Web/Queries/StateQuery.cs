using MaGuide.Web.Content;
using MaGuide.Web.Data;
using MaGuide.Web.Data.Trust;
using MaGuide.Web.Data.Vocabulary;

namespace MaGuide.Web.Queries;

public sealed record StateSummary(string Code, string Name, string Slug, string Confidence, int RuleCount);

/// <summary>A state's medical board, the page we read for it, and its page on delegation to unlicensed staff where one was found.</summary>
public sealed record MedicalBoard(string Name, string? Url, string? Note, SourceRef? Source, SourceRef? DelegationPage);

/// <summary>Why a state has no pay figure, and the metro areas (names as in metro_wages.csv) nearest to it that we hold figures for.</summary>
public sealed record PayGap(string Note, IReadOnlyList<string> NearbyMetros);

public sealed record TaskRule(string TaskKey, string TaskName, string TaskDescription, ScopeRuleView? Rule);

/// <summary>A scope rule as a page shows it.</summary>
public sealed record ScopeRuleView
{
    public required string StateCode { get; init; }
    public required string StateName { get; init; }
    public required string TaskKey { get; init; }
    public required string Status { get; init; }
    public required string Conditions { get; init; }
    public required string Credential { get; init; }
    public required string Supervision { get; init; }
    public required string Citation { get; init; }
    public required SourceRef? Source { get; init; }
    public required string Confidence { get; init; }
    public required string Note { get; init; }
    public required string Summary { get; init; }
}

/// <summary>One state's page: pay against the nation, the task matrix, the board to ask.</summary>
public sealed record StateProfile
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string Slug { get; init; }
    public required string Confidence { get; init; }
    public required MedicalBoard? Board { get; init; }
    public required WageFigures? Wage { get; init; }
    public required IReadOnlyList<WageFigures> WageAlternatives { get; init; }
    public required WageFigures? NationalSamePeriod { get; init; }
    public required PayGap? PayGap { get; init; }
    public required PriceParity? PriceParity { get; init; }
    public required SourceRef? PriceParitySource { get; init; }

    /// <summary>The headline pay adjusted by the state's newest price level; null without either.</summary>
    public required AdjustedPay? Adjusted { get; init; }
    public required IReadOnlyList<TaskRule> Tasks { get; init; }

    /// <summary>Pay in the metro areas that lie wholly or partly in this state (metro_states.csv), never price-adjusted.</summary>
    public IReadOnlyList<StateMetroPay> Metros { get; init; } = [];

    /// <summary>The name as it reads inside a sentence: "the District of Columbia", "Ohio" (<see cref="PlaceNames"/>).</summary>
    public string NameInSentence => PlaceNames.InSentence(Name);

    public ScopeRuleView? CredentialRule => Tasks.FirstOrDefault(t => t.TaskKey == WellKnown.RegistrationOrCredential)?.Rule;
}

public sealed class StateQuery(IDbContextFactory<MaGuideDb> factory, StoreMemo memo)
{
    public Task<IReadOnlyList<StateSummary>> ListAsync(CancellationToken ct) => memo.GetAsync("StateQuery.ListAsync", LoadListAsync, ct);

    private async Task<IReadOnlyList<StateSummary>> LoadListAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var counts = await db.ScopeRules.Where(r => r.Preferred && r.Status != ScopeStatuses.Unknown)
            .GroupBy(r => r.StateCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return [.. (await db.Areas.Where(a => a.IsState).OrderBy(a => a.Name).ToListAsync(ct))
            .Select(a => new StateSummary(a.Code, a.Name, a.Slug, a.ScopeConfidence ?? Confidences.None, counts.GetValueOrDefault(a.Code)))];
    }

    /// <summary>Finds a state by its code (any case) or its name slug.</summary>
    public Task<Area?> FindAreaAsync(string codeOrSlug, CancellationToken ct) => memo.GetAsync($"StateQuery.FindAreaAsync:{codeOrSlug}", c => LoadFindAreaAsync(codeOrSlug, c), ct);

    private async Task<Area?> LoadFindAreaAsync(string codeOrSlug, CancellationToken ct)
    {
        if (codeOrSlug.Length is 0 or > 40)
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var code = codeOrSlug.ToUpperInvariant();
        var slug = codeOrSlug.ToLowerInvariant();
        return await db.Areas.Where(a => a.IsState && (a.Code == code || a.Slug == slug)).FirstOrDefaultAsync(ct);
    }

    public Task<StateProfile?> ProfileAsync(string code, CancellationToken ct) => memo.GetAsync($"StateQuery.ProfileAsync:{code}", c => LoadProfileAsync(code, c), ct);

    private async Task<StateProfile?> LoadProfileAsync(string code, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var area = await db.Areas.Where(a => a.IsState && a.Code == code).FirstOrDefaultAsync(ct);
        if (area is null)
        {
            return null;
        }

        var sources = await SourceLookup.LoadAsync(db, ct);
        var wage = WageSelection.Latest(await WageSelection.PreferredAsync(db, sources, ct, WellKnown.Occupation, code));
        // The national figure of the same kind: the same period and statistic, from any source (the national preferred
        // row for that period may lead with another statistic).
        var stateRows = await WageSelection.AllAsync(db, sources, ct, WellKnown.Occupation, code);
        var national = wage is { Year: not null, TypicalAnnual: { } typical }
            ? WageSelection.BestFor(await WageSelection.AllAsync(db, sources, ct, WellKnown.Occupation, WellKnown.NationalArea), wage.Period, typical.Measure)
            : null;
        var parity = await db.PriceParities.Where(p => p.StateCode == code).OrderByDescending(p => p.Year).FirstOrDefaultAsync(ct);
        var level = await PriceAdjustment.ForStateAsync(db, code, sources, ct);
        var tasks = await db.ScopeTasks.OrderBy(t => t.Order).ToListAsync(ct);
        var rules = await db.ScopeRules.Where(r => r.StateCode == code && r.Preferred).ToListAsync(ct);

        return new StateProfile
        {
            Code = area.Code,
            Name = area.Name,
            Slug = area.Slug,
            Confidence = area.ScopeConfidence ?? Data.Trust.Confidences.None,
            Board = area.BoardName is null ? null : new MedicalBoard(
                area.BoardName, area.BoardUrl, area.BoardNote, area.BoardSourceId is { } id ? sources[id] : null,
                area.BoardDelegationSourceId is { } delegation ? sources[delegation] : null),
            Wage = wage,
            WageAlternatives = await WageSelection.AlternativesAsync(db, sources, wage, ct),
            NationalSamePeriod = national,
            PayGap = area.PayNote is { } gap ? new PayGap(gap, PayGaps.Split(area.PayNearbyMetros)) : null,
            PriceParity = parity,
            PriceParitySource = parity is null ? null : sources[parity.SourceId].ForFigure(parity.Tier),
            Adjusted = PriceAdjustment.For(wage, level),
            Metros = await StateMetros.LoadAsync(db, code, sources, stateRows, ct),
            Tasks = [.. tasks.Select(t => new TaskRule(t.Key, t.Name, t.Description,
                rules.FirstOrDefault(r => r.TaskKey == t.Key) is { } r ? ScopeViews.From(r, area.Name, sources) : null))],
        };
    }
}

public static class ScopeViews
{
    public static ScopeRuleView From(ScopeRule r, string stateName, IReadOnlyDictionary<string, SourceRef> sources) => new()
    {
        StateCode = r.StateCode,
        StateName = stateName,
        TaskKey = r.TaskKey,
        Status = r.Status,
        Conditions = r.Conditions,
        Credential = r.Credential,
        Supervision = r.Supervision,
        Citation = r.Citation,
        Source = r.SourceId is { } id ? sources[id] : null,
        Confidence = r.Confidence,
        Note = r.Note,
        Summary = r.Summary,
    };
}
