using MaGuide.Web.Data.Vocabulary;

namespace MaGuide.Web.Data.Schema;

/// <summary>
/// Every table of content/data (a table may refer only to tables <see cref="DataSetReader"/> reads before it). To add a
/// column: add it here and to the entity, then generate a migration. To add a table: a schema here (and in
/// <see cref="All"/>), an entity with its <c>DbSet</c>, a <see cref="DataSet"/> property, and a migration.
/// </summary>
public static partial class Tables
{
    /// <summary>The attributes a role fact may describe.</summary>
    public static readonly string[] RoleAttributes = ["entry_education", "training_length", "license", "credentials", "beyond_ma", "settings"];

    public static readonly TableSchema<Source> Sources = new TableSchema<Source>("sources.csv", "Every source, with its kind (official, copy or secondary), publisher, period and link.")
        .Add("id", s => s.Id, ColumnType.Text, (row, _) => SourceId(row))
        .Add("kind", s => s.Kind, ColumnType.Text, (row, _) => SourceKind(row))
        .Required("title", s => s.Title)
        .Text("publisher", s => s.Publisher)
        .Add("url", s => s.Url, ColumnType.Text, (row, _) => SourceUrl(row))
        .Text("period", s => s.Period)
        .Text("retrieved", s => s.Retrieved)
        .Text("note", s => s.Note)
        .Text("derived_from", s => s.DerivedFrom)
        .Must("id", "kind", "title", "publisher", "url")
        .Unique(["id"], s => s.Id).Duplicate((id, _) => $"source id \"{id}\" is listed twice")
        .DropInvalidRows()
        .AfterAll(CheckDerivedFrom)
        .Provides("sources", s => s.Id)
        .Download(rows => rows.OrderBy(s => s.Id, StringComparer.Ordinal));

    public static readonly TableSchema<Role> Roles = new TableSchema<Role>("roles.csv", "The occupations compared on this site.")
        .Required("slug", r => r.Slug)
        .Add("soc_code", r => r.SocCode, ColumnType.Text, (row, _) => Cells.Matching(row, "soc_code", Cells.SocPattern(), $"look like {WellKnown.OccupationSoc}"))
        .Required("name", r => r.Name)
        .Required("short_name", r => r.ShortName)
        .Required("summary", r => r.Summary)
        .Source(r => r.SourceId)
        .Must("slug", "soc_code", "name", "short_name", "summary", "source_id")
        .Unique(["slug"], r => r.Slug)
        .Provides("roles", r => r.Slug)
        .Download(rows => rows.OrderBy(r => r.Slug, StringComparer.Ordinal));

    public static readonly TableSchema<Area> Areas = new TableSchema<Area>("areas.csv", "The states and DC, their medical boards, and how sure we are of each state's scope rules.")
        .Add("code", a => a.Code, ColumnType.Text, (row, _) => Cells.Matching(row, "code", Cells.StateCodePattern(), "be two capital letters"))
        .Required("name", a => a.Name)
        .Add("slug", a => a.Slug, ColumnType.Text, (row, _) => Cells.Slug(row, "slug"))
        .OrNull("board_name", a => a.BoardName)
        .Add("board_url", a => a.BoardUrl, ColumnType.Text, (row, _) => Cells.NullIfEmpty(Cells.HttpUrl(row, "board_url")))
        .OrNull("board_regulates", a => a.BoardRegulates)
        .OptionalRef("board_source_id", a => a.BoardSourceId, "sources", "source")
        .OrNull("board_note", a => a.BoardNote)
        .OptionalRef("board_delegation_source_id", a => a.BoardDelegationSourceId, "sources", "source")
        .OrNull("pay_note", a => a.PayNote)
        .Add("pay_nearby_metros", a => a.PayNearbyMetros, ColumnType.Text, (row, keys) => Cells.NullIfEmpty(PayGaps.ReadNearbyMetros(row, keys["metros"])))
        .Derive(a => a.IsState, _ => true)
        .Must("code", "name", "slug")
        .Unique(["code"], a => a.Code)
        .Provides("states", a => a.Code)
        .Computed("scope_confidence", a => a.ScopeConfidence)
        .Download(rows => rows.Where(a => a.IsState).OrderBy(a => a.Code, StringComparer.Ordinal));

    public static readonly TableSchema<RoleFact> RoleFacts = new TableSchema<RoleFact>("role_facts.csv", "Sourced facts about each role: education, training length, license, credentials, settings.")
        .Ref("role", f => f.RoleSlug, "roles", "role")
        .OneOf("attribute", f => f.Attribute, RoleAttributes)
        .Required("value", f => f.Value)
        .Source(f => f.SourceId)
        .Text("note", f => f.Note)
        .Must("role", "attribute", "value", "source_id")
        .Unique(["role", "attribute"], f => $"{f.RoleSlug} {f.Attribute}")
        .Computed("tier", f => f.Tier)
        .Download(rows => rows.OrderBy(f => f.Id));

    public static readonly TableSchema<ScopeTask> ScopeTasks = new TableSchema<ScopeTask>("scope_tasks.csv", "The tasks whose legal status varies by state.")
        .Add("key", t => t.Key, ColumnType.Text, (row, _) => Cells.Slug(row, "key", "; it becomes the page address"))
        .Required("name", t => t.Name)
        .Required("description", t => t.Description)
        .Whole("order", t => t.Order)
        .Must("key", "name", "description", "order")
        .Unique(["key"], t => t.Key)
        .Provides("tasks", t => t.Key)
        .Download(rows => rows.OrderBy(t => t.Order));

    public static readonly TableSchema<ScopeRule> ScopeRules = new TableSchema<ScopeRule>("scope_rules.csv", "Each state's rule for each task, with citation and source; the JSON adds the computed confidence and tier.")
        .Ref("state", r => r.StateCode, "states", "state code in areas.csv")
        .Ref("task", r => r.TaskKey, "tasks", "task key in scope_tasks.csv")
        .OneOf("status", r => r.Status, ScopeStatuses.All)
        .Text("conditions", r => r.Conditions)
        .Text("credential", r => r.Credential)
        .Text("supervision", r => r.Supervision)
        .Required("citation", r => r.Citation)
        // A rule we could not source is still worth a row: it tells the reader we looked and found nothing.
        .Add("source_id", r => r.SourceId, ColumnType.Text, (row, keys) =>
            Cells.NullIfEmpty(row.Reference("source_id", keys["sources"], "source", required: row.Text("status") != ScopeStatuses.Unknown)))
        .Text("preferred_because", r => r.PreferredBecause)
        .Text("note", r => r.Note)
        .Text("summary", r => r.Summary)
        .Check(CheckRule)
        .Must("state", "task", "status", "citation", "source_id")
        .Preferred(["state", "task"], r => $"{r.StateCode} {r.TaskKey}", r => r.PreferredBecause)
        .Computed("confidence", r => r.Confidence).Computed("tier", r => r.Tier).Computed("preferred", r => r.Preferred)
        .Download(rows => rows.OrderBy(r => r.Id));

    public static readonly TableSchema<PriceParity> PriceParities = new TableSchema<PriceParity>("price_parities.csv", "BEA regional price parities by state (U.S. = 100).")
        .Ref("state", p => p.StateCode, "states", "state code in areas.csv")
        .Whole("year", p => p.Year, 2000, 2100)
        .Number("rpp_all_items", p => p.AllItems, 1, 1000)
        .Number("rpp_goods", p => p.Goods, 1, 1000)
        .Number("rpp_services_housing", p => p.ServicesHousing, 1, 1000)
        .Source(p => p.SourceId)
        .Must("state", "year", "rpp_all_items", "source_id")
        .Unique(["state", "year"], p => $"{p.StateCode} {p.Year}")
        .Computed("tier", p => p.Tier)
        .Download(rows => rows.OrderBy(p => p.StateCode, StringComparer.Ordinal));

    /// <summary>Every table, in the order the open-data page lists them.</summary>
    public static IReadOnlyList<TableSchema> All =>
    [
        Sources, Areas, Roles, RoleFacts, Wages, MetroWages, IndustryWages, Projections, ScopeTasks, ScopeRules, PriceParities,
        CensusDivisionRows, MetroStateRows, TrainingRoutes, TrainingFacts, TrainingFunding, Credentials, CredentialRoutes, CredentialRules,
    ];

    /// <summary>The table a download slug names (<c>role-facts</c>), or null.</summary>
    public static TableSchema? BySlug(string slug) => All.FirstOrDefault(t => t.Slug == slug);

    private static void CheckRule(CsvRow row, ScopeRule rule, TableKeys keys)
    {
        if (rule.Summary.Length > 200)
        {
            row.Problem($"summary is {rule.Summary.Length} characters; keep it to one plain sentence of 200 or fewer");
        }

        RepealedCitation.Check(row, rule);
    }
}
