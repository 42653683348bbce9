using MaGuide.Web.Data;
using MaGuide.Web.Data.Vocabulary;

namespace MaGuide.Web.Queries;

/// <summary>One sourced fact about a training route, as a page shows it.</summary>
public sealed record TrainingFactView(string Attribute, decimal? Low, decimal? High, string Period, string Text, SourceRef Source, string Note);

/// <summary>A training route with its facts by attribute and the credentials whose exams it can lead to.</summary>
public sealed record TrainingRouteView(string Id, string Name, string Summary, SourceRef Source, IReadOnlyList<string> Backgrounds, IReadOnlyList<TrainingFactView> Facts, IReadOnlyList<CredentialLink> ExamAccess)
{
    /// <summary>The facts for one attribute (length_months, clock_hours, externship_hours, cost_usd, offered_by), in file order.</summary>
    public IReadOnlyList<TrainingFactView> For(string attribute) => [.. Facts.Where(f => f.Attribute == attribute)];
}

/// <summary>A credential named on another page: its id for the link, its short name, and whether a route fits only some programs.</summary>
public sealed record CredentialLink(string Id, string Abbreviation, string Via);

/// <summary>A way to pay for training, with its source.</summary>
public sealed record FundingView(string Id, string Name, string WhoQualifies, string WhatItPays, SourceRef Source, string Note);

/// <summary>A state whose rules change what training a medical assistant needs, with the rule's own plain summary.</summary>
public sealed record StateTrainingRule(string Code, string Name, string Summary);

/// <summary>Everything /training shows.</summary>
public sealed record TrainingReport(
    IReadOnlyList<TrainingRouteView> Routes,
    IReadOnlyList<FundingView> Funding,
    IReadOnlyList<SourceRef> Accreditors,
    IReadOnlyList<StateTrainingRule> StateRules);

/// <summary>Training routes, their sourced facts and exam access, ways to pay, accreditors and the states whose rules matter.</summary>
public sealed class TrainingQuery(IDbContextFactory<MaGuideDb> factory, StoreMemo memo)
{
    /// <summary>The accreditors whose own pages we cite (CAAHEP, its medical assisting committee MAERB, and ABHES).</summary>
    public static readonly string[] AccreditorSources = ["caahep-about", "maerb-caahep", "abhes-programmatic"];

    public Task<TrainingReport> GetAsync(CancellationToken ct) => memo.GetAsync("TrainingQuery.GetAsync", LoadGetAsync, ct);

    private async Task<TrainingReport> LoadGetAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var sources = await SourceLookup.LoadAsync(db, ct);
        var facts = await db.TrainingFacts.OrderBy(f => f.Id).ToListAsync(ct);
        var credentials = await db.Credentials.Where(c => c.Status == "current").ToListAsync(ct);
        var credentialRoutes = await db.CredentialRoutes.OrderBy(r => r.Id).ToListAsync(ct);

        var routes = (await db.TrainingRoutes.OrderBy(r => r.Order).ToListAsync(ct)).Select(route =>
        {
            var backgrounds = route.Backgrounds.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var access = credentials
                .Select(c => (c, via: credentialRoutes.Where(r => r.CredentialId == c.Id && backgrounds.Contains(r.Background)).Select(r => r.Background).Distinct().ToList()))
                .Where(x => x.via.Count > 0)
                .Select(x => new CredentialLink(x.c.Id, x.c.Abbreviation, backgrounds.Length > 1 && x.via.Count == 1 ? TrainingBackgrounds.Label(x.via[0]) : ""))
                .ToList();
            return new TrainingRouteView(route.Id, route.Name, route.Summary, sources[route.SourceId], backgrounds,
                [.. facts.Where(f => f.RouteId == route.Id).Select(f => new TrainingFactView(f.Attribute, f.Low, f.High, f.Period, f.Text, sources[f.SourceId].ForSingleFigure(), f.Note))],
                access);
        }).ToList();

        var funding = (await db.TrainingFunding.OrderBy(f => f.Order).ToListAsync(ct))
            .Select(f => new FundingView(f.Id, f.Name, f.WhoQualifies, f.WhatItPays, sources[f.SourceId].ForSingleFigure(), f.Note)).ToList();

        // States where a credential rule, or a state credential requirement, changes what training is needed.
        var linked = await db.CredentialRules.Select(r => r.StateCode).Distinct().ToListAsync(ct);
        var stateRules = await db.ScopeRules
            .Where(r => r.Preferred && r.TaskKey == WellKnown.RegistrationOrCredential && (r.Status == ScopeStatuses.AllowedWithConditions || linked.Contains(r.StateCode)))
            .Join(db.Areas, r => r.StateCode, a => a.Code, (r, a) => new { a.Code, a.Name, r.Summary, r.Conditions })
            .OrderBy(x => x.Name).ToListAsync(ct);

        return new TrainingReport(routes, funding,
            [.. AccreditorSources.Where(sources.ContainsKey).Select(id => sources[id])],
            [.. stateRules.Select(s => new StateTrainingRule(s.Code, s.Name, s.Summary.Length > 0 ? s.Summary : s.Conditions))]);
    }
}
