using MaGuide.Web.Data;

namespace MaGuide.Web.Queries;

public sealed record RoleFactView(string Value, SourceRef Source);

public sealed record ProjectionView(int BaseYear, int TargetYear, decimal? ChangePercent, int? AnnualOpenings, int? EmploymentBase, int? EmploymentTarget, SourceRef Source, string Note);

/// <summary>A role with its sourced facts, its latest national pay and its latest projection.</summary>
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
    public required ProjectionView? Outlook { get; init; }

    public RoleFactView? Fact(string attribute) => Facts.GetValueOrDefault(attribute);
}

public sealed class CompareQuery(IDbContextFactory<MaGuideDb> factory)
{
    public async Task<IReadOnlyList<RoleProfile>> AllAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var sources = await SourceLookup.LoadAsync(db, ct);
        var roles = await db.Roles.ToListAsync(ct);
        var facts = await db.RoleFacts.ToListAsync(ct);
        var wages = await WageSelection.PreferredAsync(db, sources, ct, area: DataSetReader.NationalCode);
        var projections = await db.Projections.Where(p => p.Preferred).ToListAsync(ct);

        return [.. roles
            .OrderBy(r => r.Slug == WageSelection.MedicalAssistant ? 0 : 1).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new RoleProfile
            {
                Slug = r.Slug,
                SocCode = r.SocCode,
                Name = r.Name,
                ShortName = r.ShortName,
                Summary = r.Summary,
                SummarySource = sources[r.SourceId],
                Facts = facts.Where(f => f.RoleSlug == r.Slug).ToDictionary(f => f.Attribute, f => new RoleFactView(f.Value, sources[f.SourceId]), StringComparer.Ordinal),
                Pay = WageSelection.Latest(wages.Where(w => w.RoleSlug == r.Slug)),
                Outlook = projections.Where(p => p.RoleSlug == r.Slug).OrderByDescending(p => p.TargetYear).ThenByDescending(p => p.BaseYear)
                    .Select(p => new ProjectionView(p.BaseYear, p.TargetYear, p.ChangePercent, p.AnnualOpenings, p.EmploymentBase, p.EmploymentTarget, sources[p.SourceId], p.Note))
                    .FirstOrDefault(),
            })];
    }
}
