using MaGuide.Web.Content;
using MaGuide.Web.Data;
using MaGuide.Web.Data.Vocabulary;

namespace MaGuide.Web.Queries;

/// <summary>A figure about a credential (exam fee or renewal) in words, with the source it rests on.</summary>
public sealed record CredentialFigure(string Text, string Period, SourceRef Source);

/// <summary>One credential as the decoder table and its page show it.</summary>
public sealed record CredentialSummary(
    string Id, string Abbreviation, string Name, string Body, string BodyUrl, string Level, string? StateCode, string Status,
    string Summary, SourceRef Source, CredentialFigure? ExamFee, int? RenewalYears, CredentialFigure? Renewal, string Note)
{
    public bool IsCurrent => Status == "current";
}

/// <summary>An eligibility route with its source.</summary>
public sealed record RouteView(string Route, string Background, int? MinYears, string Requirement, SourceRef Source, string Note);

/// <summary>A state's scope rule that names a credential: the state, the task, what the rule says, and the link's source.</summary>
public sealed record NamingRule(string StateCode, string StateName, string TaskKey, string TaskName, string Status, string Summary, SourceRef Source, string Note);

/// <summary>Everything /certifications/{id} shows.</summary>
public sealed record CredentialDetail(CredentialSummary Credential, IReadOnlyList<RouteView> Routes, IReadOnlyList<NamingRule> NamedIn);

/// <summary>The answer to "which exams can I take?" for a background, years of work and state.</summary>
public sealed record EligibilityReport(
    string Background, int Years, string StateCode, string StateName,
    IReadOnlyList<(CredentialSummary Credential, EligibilityAnswer Answer, IReadOnlyList<RouteView> Routes)> Answers,
    IReadOnlyList<NamingRule> StateRules, string? StateCredentialRule)
{
    /// <summary>The state's name as it reads inside a sentence: "the District of Columbia", "Ohio" (<see cref="PlaceNames"/>).</summary>
    public string StateNameInSentence => PlaceNames.InSentence(StateName);
}

/// <summary>The credentials decoder: every credential, one credential with its routes and the rules naming it, and eligibility.</summary>
public sealed class CredentialQuery(IDbContextFactory<MaGuideDb> factory, StoreMemo memo)
{
    public Task<IReadOnlyList<CredentialSummary>> ListAsync(CancellationToken ct) => memo.GetAsync("CredentialQuery.ListAsync", LoadListAsync, ct);

    private async Task<IReadOnlyList<CredentialSummary>> LoadListAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var sources = await SourceLookup.LoadAsync(db, ct);
        return [.. (await db.Credentials.ToListAsync(ct)).Select(c => Summary(c, sources)).OrderBy(c => c.Level != "national").ThenBy(c => c.Status).ThenBy(c => c.Id, StringComparer.Ordinal)];
    }

    public Task<CredentialDetail?> FindAsync(string id, CancellationToken ct) => memo.GetAsync($"CredentialQuery.FindAsync:{id}", c => LoadFindAsync(id, c), ct);

    private async Task<CredentialDetail?> LoadFindAsync(string id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.Credentials.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } credential)
        {
            return null;
        }

        var sources = await SourceLookup.LoadAsync(db, ct);
        var routes = await db.CredentialRoutes.Where(r => r.CredentialId == id).OrderBy(r => r.Id).ToListAsync(ct);
        return new CredentialDetail(Summary(credential, sources), [.. routes.Select(r => Route(r, sources))], await NamingRulesAsync(db, sources, id, null, ct));
    }

    /// <summary>The national credentials and the chosen state's own, each with its eligibility answer; plus the state's rules.</summary>
    public Task<EligibilityReport?> EligibilityAsync(string background, int years, string stateCode, CancellationToken ct) => memo.GetAsync($"CredentialQuery.EligibilityAsync:{background}\u001f{years}\u001f{stateCode}", c => LoadEligibilityAsync(background, years, stateCode, c), ct);

    private async Task<EligibilityReport?> LoadEligibilityAsync(string background, int years, string stateCode, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.Areas.FirstOrDefaultAsync(a => a.Code == stateCode && a.IsState, ct) is not { } state)
        {
            return null;
        }

        var sources = await SourceLookup.LoadAsync(db, ct);
        var routes = await db.CredentialRoutes.OrderBy(r => r.Id).ToListAsync(ct);
        var credentials = await db.Credentials.Where(c => c.Level == "national" || (c.StateCode == stateCode && c.Status == "current")).ToListAsync(ct);
        var answers = credentials.OrderBy(c => c.Level != "national").ThenBy(c => c.Id, StringComparer.Ordinal).Select(c =>
        {
            var answer = Eligibility.Evaluate(c.Id, routes, background, years);
            return (Summary(c, sources), answer, (IReadOnlyList<RouteView>)[.. answer.Routes.Select(r => Route(r, sources))]);
        }).ToList();
        var stateRule = await db.ScopeRules.Where(r => r.Preferred && r.StateCode == stateCode && r.TaskKey == WellKnown.RegistrationOrCredential)
            .Select(r => r.Summary.Length > 0 ? r.Summary : r.Conditions).FirstOrDefaultAsync(ct);
        return new EligibilityReport(background, years, state.Code, state.Name, answers, await NamingRulesAsync(db, sources, null, stateCode, ct), stateRule);
    }

    /// <summary>The states that can be picked on the form: code and name.</summary>
    public Task<IReadOnlyList<(string Code, string Name)>> StatesAsync(CancellationToken ct) => memo.GetAsync("CredentialQuery.StatesAsync", LoadStatesAsync, ct);

    private async Task<IReadOnlyList<(string Code, string Name)>> LoadStatesAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return [.. (await db.Areas.Where(a => a.IsState).OrderBy(a => a.Name).Select(a => new { a.Code, a.Name }).ToListAsync(ct)).Select(a => (a.Code, a.Name))];
    }

    private static async Task<IReadOnlyList<NamingRule>> NamingRulesAsync(MaGuideDb db, Dictionary<string, SourceRef> sources, string? credentialId, string? stateCode, CancellationToken ct)
    {
        var links = await db.CredentialRules
            .Where(l => (credentialId == null || l.CredentialId == credentialId) && (stateCode == null || l.StateCode == stateCode))
            .ToListAsync(ct);
        var states = await db.Areas.ToDictionaryAsync(a => a.Code, a => a.Name, ct);
        var tasks = await db.ScopeTasks.ToDictionaryAsync(t => t.Key, t => t.Name, ct);
        var rules = await db.ScopeRules.Where(r => r.Preferred).ToListAsync(ct);
        return [.. links
            .Select(l => (l, rule: rules.First(r => r.StateCode == l.StateCode && r.TaskKey == l.TaskKey)))
            .DistinctBy(x => (x.l.StateCode, x.l.TaskKey))
            .OrderBy(x => states[x.l.StateCode], StringComparer.Ordinal).ThenBy(x => x.l.TaskKey, StringComparer.Ordinal)
            .Select(x => new NamingRule(x.l.StateCode, states[x.l.StateCode], x.l.TaskKey, tasks[x.l.TaskKey], x.rule.Status,
                x.rule.Summary.Length > 0 ? x.rule.Summary : x.rule.Conditions, sources[x.l.SourceId], x.l.Note))];
    }

    private static CredentialSummary Summary(Credential c, Dictionary<string, SourceRef> sources) => new(
        c.Id, c.Abbreviation, c.Name, c.Body, c.BodyUrl, c.Level, c.StateCode, c.Status, c.Summary, sources[c.SourceId],
        c.ExamFeeSourceId is { } fee ? new CredentialFigure(c.ExamFeeText.Length > 0 ? c.ExamFeeText : FeeInWords(c), c.ExamFeePeriod, sources[fee].ForSingleFigure()) : null,
        c.RenewalYears,
        c.RenewalSourceId is { } renewal ? new CredentialFigure(c.RenewalText, "", sources[renewal].ForSingleFigure()) : null,
        c.Note);

    private static string FeeInWords(Credential c) => (c.ExamFeeLow, c.ExamFeeHigh) switch
    {
        ({ } low, { } high) when low != high => $"{Infrastructure.Formats.Dollars(low)} to {Infrastructure.Formats.Dollars(high)}",
        ({ } low, _) => Infrastructure.Formats.Dollars(low),
        (_, { } high) => Infrastructure.Formats.Dollars(high),
        _ => "",
    };

    private static RouteView Route(CredentialRoute r, Dictionary<string, SourceRef> sources) =>
        new(r.Route, r.Background, r.MinYears, r.Requirement, sources[r.SourceId], r.Note);
}
