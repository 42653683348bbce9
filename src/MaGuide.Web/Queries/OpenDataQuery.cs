using MaGuide.Web.Data;

namespace MaGuide.Web.Queries;

/// <summary>
/// The open downloads: /data/{table}.csv is the content/data file the store was built from, byte for byte (kept in
/// the store's DataFiles table); /data/{table}.json is the store's rows with the file's columns plus computed ones.
/// </summary>
public sealed class OpenDataQuery(IDbContextFactory<MaGuideDb> factory, StoreMemo memo)
{
    /// <summary>A table: the first <paramref name="FileColumns"/> columns are those of the CSV in content/data; the rest are computed (tier, preferred, confidence).</summary>
    public sealed record Table(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, int FileColumns);

    public static string Describe(string table) => table switch
    {
        "sources" => "Every source, with its kind (official, copy or secondary), publisher, period and link.",
        "areas" => "The states and DC, their medical boards, and how sure we are of each state's scope rules.",
        "roles" => "The occupations compared on this site.",
        "role-facts" => "Sourced facts about each role: education, training length, license, credentials, settings.",
        "wages" => "Pay figures by role, area (US or state) and period, including alternative (non-preferred) rows; the JSON adds each row's trust tier and whether it is preferred.",
        "metro-wages" => "Medical assistant pay in large metropolitan areas.",
        "industry-wages" => "Medical assistant pay by work setting (industry).",
        "projections" => "Employment projections by role, including conflicting rows.",
        "scope-tasks" => "The tasks whose legal status varies by state.",
        "scope-rules" => "Each state's rule for each task, with citation and source; the JSON adds the computed confidence and tier.",
        "price-parities" => "BEA regional price parities by state (U.S. = 100).",
        "census-divisions" => "The Census Bureau division and region of each state; the sitemap lists each state compared with the others of its division.",
        "metro-states" => "Which state or states each metro area of the metro pay table lies in, as named by a BLS page; a metro no page placed in a state has none.",
        "training-routes" => "The ways into the job: certificate, diploma, associate degree, apprenticeship, on-the-job, military.",
        "training-facts" => "Length and cost of each training route, with period and source.",
        "training-funding" => "Ways to pay for training and who qualifies.",
        "credentials" => "Medical assistant credentials: certifying body, exam fee, renewal, status.",
        "credential-routes" => "Who may sit each credential's exam (eligibility routes).",
        "credential-rules" => "Where a state's scope rule names a credential.",
        _ => "",
    };

    /// <summary>The CSV file name a download slug stands for: <c>role-facts</c> → <c>role_facts.csv</c>.</summary>
    public static string FileName(string table) => table.Replace('-', '_') + ".csv";

    /// <summary>
    /// The bytes of <c>content/data/{file}.csv</c> as the store was built from them; null for a name that is not an
    /// open-data table or a file the store does not hold.
    /// </summary>
    public Task<byte[]?> GetFileAsync(string table, CancellationToken ct) => memo.GetAsync($"OpenDataQuery.GetFileAsync:{table}", c => LoadGetFileAsync(table, c), ct);

    private async Task<byte[]?> LoadGetFileAsync(string table, CancellationToken ct)
    {
        if (!DataPages.Tables.Contains(table, StringComparer.Ordinal))
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var name = FileName(table);
        return await db.DataFiles.Where(f => f.Name == name).Select(f => f.Bytes).FirstOrDefaultAsync(ct);
    }

    /// <summary>The table's rows for the JSON download: the CSV's columns, then the computed ones; null for an unknown name.</summary>
    public Task<Table?> GetAsync(string name, CancellationToken ct) => memo.GetAsync($"OpenDataQuery.GetAsync:{name}", c => LoadGetAsync(name, c), ct);

    private async Task<Table?> LoadGetAsync(string name, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return name switch
        {
            "sources" => Make(name, ["id", "kind", "title", "publisher", "url", "period", "retrieved", "note", "derived_from"], [],
                (await db.Sources.OrderBy(s => s.Id).ToListAsync(ct)).Select(s => Row(s.Id, s.Kind, s.Title, s.Publisher, s.Url, s.Period, s.Retrieved, s.Note, s.DerivedFrom))),
            "areas" => Make(name, ["code", "name", "slug", "board_name", "board_url", "board_regulates", "board_source_id", "board_note", "board_delegation_source_id", "pay_note", "pay_nearby_metros"], ["scope_confidence"],
                (await db.Areas.Where(a => a.IsState).OrderBy(a => a.Code).ToListAsync(ct)).Select(a => Row(a.Code, a.Name, a.Slug, a.BoardName, a.BoardUrl, a.BoardRegulates, a.BoardSourceId, a.BoardNote, a.BoardDelegationSourceId, a.PayNote, a.PayNearbyMetros, a.ScopeConfidence))),
            "roles" => Make(name, ["slug", "soc_code", "name", "short_name", "summary", "source_id"], [],
                (await db.Roles.OrderBy(r => r.Slug).ToListAsync(ct)).Select(r => Row(r.Slug, r.SocCode, r.Name, r.ShortName, r.Summary, r.SourceId))),
            "role-facts" => Make(name, ["role", "attribute", "value", "source_id", "note"], ["tier"],
                (await db.RoleFacts.OrderBy(f => f.Id).ToListAsync(ct)).Select(f => Row(f.RoleSlug, f.Attribute, f.Value, f.SourceId, f.Note, f.Tier))),
            "wages" => Make(name, ["role", "area", "period", "employment", "hourly_mean", "hourly_p10", "hourly_p25", "hourly_median", "hourly_p75", "hourly_p90", "annual_mean", "annual_p10", "annual_p25", "annual_median", "annual_p75", "annual_p90", "employment_per_1000", "location_quotient", "source_id", "preferred_because", "period_inferred", "note"], ["tier", "preferred"],
                (await db.WageEstimates.OrderBy(w => w.Id).ToListAsync(ct)).Select(w => Row(w.RoleSlug, w.AreaCode, w.Period, w.Employment, w.HourlyMean, w.HourlyP10, w.HourlyP25, w.HourlyMedian, w.HourlyP75, w.HourlyP90, w.AnnualMean, w.AnnualP10, w.AnnualP25, w.AnnualMedian, w.AnnualP75, w.AnnualP90, w.EmploymentPer1000, w.LocationQuotient, w.SourceId, w.PreferredBecause, w.PeriodInferred, w.Note, w.Tier, w.Preferred))),
            "metro-wages" => Make(name, ["role", "area_name", "period", "employment", "hourly_mean", "annual_mean", "annual_median", "source_id", "preferred_because", "note"], ["tier", "preferred"],
                (await db.MetroWages.OrderBy(w => w.Id).ToListAsync(ct)).Select(w => Row(w.RoleSlug, w.AreaName, w.Period, w.Employment, w.HourlyMean, w.AnnualMean, w.AnnualMedian, w.SourceId, w.PreferredBecause, w.Note, w.Tier, w.Preferred))),
            "industry-wages" => Make(name, ["role", "industry_name", "naics", "period", "employment", "hourly_mean", "annual_mean", "source_id", "preferred_because", "note"], ["tier", "preferred"],
                (await db.IndustryWages.OrderBy(w => w.Id).ToListAsync(ct)).Select(w => Row(w.RoleSlug, w.IndustryName, w.Naics, w.Period, w.Employment, w.HourlyMean, w.AnnualMean, w.SourceId, w.PreferredBecause, w.Note, w.Tier, w.Preferred))),
            "projections" => Make(name, ["role", "base_year", "target_year", "employment_base", "employment_target", "change_number", "change_percent", "annual_openings", "source_id", "preferred_because", "note"], ["tier", "preferred"],
                (await db.Projections.OrderBy(p => p.Id).ToListAsync(ct)).Select(p => Row(p.RoleSlug, p.BaseYear, p.TargetYear, p.EmploymentBase, p.EmploymentTarget, p.ChangeNumber, p.ChangePercent, p.AnnualOpenings, p.SourceId, p.PreferredBecause, p.Note, p.Tier, p.Preferred))),
            "scope-tasks" => Make(name, ["key", "name", "description", "order"], [],
                (await db.ScopeTasks.OrderBy(t => t.Order).ToListAsync(ct)).Select(t => Row(t.Key, t.Name, t.Description, t.Order))),
            "scope-rules" => Make(name, ["state", "task", "status", "conditions", "credential", "supervision", "citation", "source_id", "preferred_because", "note", "summary"], ["confidence", "tier", "preferred"],
                (await db.ScopeRules.OrderBy(r => r.Id).ToListAsync(ct)).Select(r => Row(r.StateCode, r.TaskKey, r.Status, r.Conditions, r.Credential, r.Supervision, r.Citation, r.SourceId, r.PreferredBecause, r.Note, r.Summary, r.Confidence, r.Tier, r.Preferred))),
            "price-parities" => Make(name, ["state", "year", "rpp_all_items", "rpp_goods", "rpp_services_housing", "source_id"], ["tier"],
                (await db.PriceParities.OrderBy(p => p.StateCode).ToListAsync(ct)).Select(p => Row(p.StateCode, p.Year, p.AllItems, p.Goods, p.ServicesHousing, p.SourceId, p.Tier))),
            "census-divisions" => Make(name, ["state", "division", "region", "source_id"], [],
                (await db.CensusDivisions.OrderBy(d => d.StateCode).ToListAsync(ct)).Select(d => Row(d.StateCode, d.Division, d.Region, d.SourceId))),
            "metro-states" => Make(name, ["area_name", "states", "official_title", "source_id", "note"], [],
                (await db.MetroStates.OrderBy(m => m.AreaName).ToListAsync(ct)).Select(m => Row(m.AreaName, m.States, m.OfficialTitle, m.SourceId, m.Note))),
            "training-routes" => Make(name, ["id", "name", "order", "backgrounds", "summary", "source_id", "note"], [],
                (await db.TrainingRoutes.OrderBy(r => r.Order).ThenBy(r => r.Id).ToListAsync(ct)).Select(r => Row(r.Id, r.Name, r.Order, r.Backgrounds, r.Summary, r.SourceId, r.Note))),
            "training-facts" => Make(name, ["route", "attribute", "low", "high", "period", "text", "source_id", "note"], [],
                (await db.TrainingFacts.OrderBy(f => f.Id).ToListAsync(ct)).Select(f => Row(f.RouteId, f.Attribute, f.Low, f.High, f.Period, f.Text, f.SourceId, f.Note))),
            "training-funding" => Make(name, ["id", "name", "order", "who_qualifies", "what_it_pays", "source_id", "note"], [],
                (await db.TrainingFunding.OrderBy(f => f.Order).ThenBy(f => f.Id).ToListAsync(ct)).Select(f => Row(f.Id, f.Name, f.Order, f.WhoQualifies, f.WhatItPays, f.SourceId, f.Note))),
            "credentials" => Make(name, ["id", "abbreviation", "name", "body", "body_url", "level", "state", "status", "summary", "source_id", "exam_fee_low", "exam_fee_high", "exam_fee_text", "exam_fee_period", "exam_fee_source_id", "renewal_years", "renewal_text", "renewal_source_id", "note"], [],
                (await db.Credentials.OrderBy(c => c.Id).ToListAsync(ct)).Select(c => Row(c.Id, c.Abbreviation, c.Name, c.Body, c.BodyUrl, c.Level, c.StateCode, c.Status, c.Summary, c.SourceId, c.ExamFeeLow, c.ExamFeeHigh, c.ExamFeeText, c.ExamFeePeriod, c.ExamFeeSourceId, c.RenewalYears, c.RenewalText, c.RenewalSourceId, c.Note))),
            "credential-routes" => Make(name, ["credential", "route", "background", "min_years", "requirement", "source_id", "note"], [],
                (await db.CredentialRoutes.OrderBy(r => r.Id).ToListAsync(ct)).Select(r => Row(r.CredentialId, r.Route, r.Background, r.MinYears, r.Requirement, r.SourceId, r.Note))),
            "credential-rules" => Make(name, ["credential", "state", "task", "source_id", "note"], [],
                (await db.CredentialRules.OrderBy(r => r.Id).ToListAsync(ct)).Select(r => Row(r.CredentialId, r.StateCode, r.TaskKey, r.SourceId, r.Note))),
            _ => null,
        };
    }

    private static object?[] Row(params object?[] values) => values;

    private static Table Make(string name, string[] fileColumns, string[] computed, IEnumerable<object?[]> rows) =>
        new(name, [.. fileColumns, .. computed], [.. rows], fileColumns.Length);
}
