using MaGuide.Web.Data;
using MaGuide.Web.Data.Trust;
using MaGuide.Web.Data.Vocabulary;

namespace MaGuide.Web.Queries;

public sealed record RoleFactView(string Value, SourceRef Source);

/// <summary>A projection as pages show it; its <c>Source</c> carries the figure's trust tier.</summary>
public sealed record ProjectionView(int BaseYear, int TargetYear, decimal? ChangePercent, int? AnnualOpenings, int? EmploymentBase, int? EmploymentTarget, SourceRef Source)
{
    public TrustTier Tier => Source.Tier ?? TrustTier.Reported;

    /// <summary>The projection period as every cell shows it, e.g. "2024–2034".</summary>
    public string PeriodInWords => $"{BaseYear}–{TargetYear}";
}

/// <summary>
/// A role with its sourced facts, its headline national pay and its headline projection: each the highest trust
/// tier, then the newest period within it (<see cref="Trust.Headline{T}"/>), as on the wage pages.
/// </summary>
public sealed record RoleProfile
{
    public required string Slug { get; init; }
    public required string SocCode { get; init; }
    public required string Name { get; init; }
    public required string ShortName { get; init; }
    public required string Summary { get; init; }
    public required SourceRef SummarySource { get; init; }
    public required IReadOnlyDictionary<string, RoleFactView> Facts { get; init; }
    public required WageFigures? Pay { get; init; }

    /// <summary>Every national pay row held for the role (any source, preferred or not), to compare like with like.</summary>
    public IReadOnlyList<WageFigures> PayRows { get; init; } = [];

    public required ProjectionView? Outlook { get; init; }

    public RoleFactView? Fact(string attribute) => Facts.GetValueOrDefault(attribute);

    /// <summary>The kind of pay figure (period and statistic) <see cref="Pay"/> is, e.g. "May 2023 median"; null without one.</summary>
    public string? PayKind => Pay?.TypicalAnnual is { } t ? $"{Pay.Period} {t.Measure}" : null;

    /// <summary>The different kinds of pay figure <paramref name="roles"/> show (<see cref="PayKind"/>), in role order; more than one means they do not compare.</summary>
    public static IReadOnlyList<string> PayKinds(IEnumerable<RoleProfile> roles) =>
        [.. roles.Select(r => r.PayKind).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>The different projection periods ("2024–2034") <paramref name="roles"/> show growth for, in role order.</summary>
    public static IReadOnlyList<string> GrowthPeriods(IEnumerable<RoleProfile> roles) =>
        [.. roles.Where(r => r.Outlook?.ChangePercent is not null).Select(r => r.Outlook!.PeriodInWords).Distinct(StringComparer.Ordinal)];
}

/// <summary>
/// Two roles set side by side, each with the pay figure of the kind both hold (<see cref="WageSelection.SharedKind"/>),
/// so a median is never set beside a mean nor one year beside another.
/// </summary>
/// <param name="First">The first role (the medical assistant), its <see cref="RoleProfile.Pay"/> of <paramref name="SharedKind"/> when there is one.</param>
/// <param name="Second">The other role, likewise.</param>
/// <param name="SharedKind">"May 2024 median" when the roles' own headlines differ in kind and a shared kind was used; null otherwise.</param>
/// <param name="Comparable">False when the pay figures shown are of different kinds (no shared kind exists).</param>
public sealed record RolePair(RoleProfile First, RoleProfile Second, string? SharedKind, bool Comparable)
{
    /// <summary>The sentence shown under the pair's table when a shared kind was used; null otherwise.</summary>
    public string? PayNote => SharedKind is { } kind
        ? $"Pay compares the {kind} of each role: the best-backed kind of figure we hold for both, so like is set beside like. Newer or other figures for each role are on the pay pages."
        : null;

    /// <summary>
    /// Pairs <paramref name="first"/> with <paramref name="second"/>: their own headlines when those are of one kind,
    /// else the rows of the best-backed, newest kind both hold, else the headlines marked not comparable.
    /// </summary>
    public static RolePair Of(RoleProfile first, RoleProfile second)
    {
        if (first.PayKind is null || second.PayKind is null || first.PayKind == second.PayKind)
        {
            return new(first, second, null, first.PayKind is not null && first.PayKind == second.PayKind);
        }

        return WageSelection.SharedKind([first.PayRows, second.PayRows]) is { } kind
            ? new(first with { Pay = WageSelection.OfKind(first.PayRows, kind) }, second with { Pay = WageSelection.OfKind(second.PayRows, kind) }, $"{kind.Period} {kind.Measure}", true)
            : new(first, second, null, false);
    }
}

public sealed class CompareQuery(IDbContextFactory<MaGuideDb> factory, StoreMemo memo)
{
    public Task<IReadOnlyList<RoleProfile>> AllAsync(CancellationToken ct) => memo.GetAsync("CompareQuery.AllAsync", LoadAllAsync, ct);

    private async Task<IReadOnlyList<RoleProfile>> LoadAllAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var sources = await SourceLookup.LoadAsync(db, ct);
        var roles = await db.Roles.ToListAsync(ct);
        var facts = await db.RoleFacts.ToListAsync(ct);
        var wages = await WageSelection.PreferredAsync(db, sources, ct, area: WellKnown.NationalArea);
        var allWages = await WageSelection.AllAsync(db, sources, ct, area: WellKnown.NationalArea);
        var projections = await db.Projections.Where(p => p.Preferred).ToListAsync(ct);

        return [.. roles
            .OrderBy(r => r.Slug == WellKnown.Occupation ? 0 : 1).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new RoleProfile
            {
                Slug = r.Slug,
                SocCode = r.SocCode,
                Name = r.Name,
                ShortName = r.ShortName,
                Summary = r.Summary,
                SummarySource = sources[r.SourceId],
                Facts = facts.Where(f => f.RoleSlug == r.Slug).ToDictionary(f => f.Attribute, f => new RoleFactView(f.Value, sources[f.SourceId].ForFigure(f.Tier)), StringComparer.Ordinal),
                Pay = WageSelection.Latest(wages.Where(w => w.RoleSlug == r.Slug)),
                PayRows = [.. allWages.Where(w => w.RoleSlug == r.Slug)],
                Outlook = Trust.Headline(
                    projections.Where(p => p.RoleSlug == r.Slug).OrderByDescending(p => p.BaseYear)
                        .Select(p => new ProjectionView(p.BaseYear, p.TargetYear, p.ChangePercent, p.AnnualOpenings, p.EmploymentBase, p.EmploymentTarget, sources[p.SourceId].ForFigure(p.Tier))),
                    p => p.Tier,
                    p => p.TargetYear),
            })];
    }
}
