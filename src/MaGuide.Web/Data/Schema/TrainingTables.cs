namespace MaGuide.Web.Data.Schema;

/// <summary>
/// The training and credential tables. Every row names a source; a figure names its own source; numbers are in
/// range and low ≤ high; links point at rows that exist.
/// </summary>
public static partial class Tables
{
    /// <summary>
    /// The training-fact attributes: the range their numbers must fall in, and the attribute as a reader reads it in a
    /// figure's note ("length" for <c>length_months</c>).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (decimal Min, decimal Max, string Words)> FactAttributes = new Dictionary<string, (decimal, decimal, string)>(StringComparer.Ordinal)
    {
        ["length_months"] = (0, 120, "length"),
        ["clock_hours"] = (0, 20_000, "hours of instruction"),
        ["externship_hours"] = (0, 5_000, "hours of externship"),
        ["cost_usd"] = (0, 200_000, "cost"),
        ["offered_by"] = (0, 0, "who offers it"),
    };

    public static readonly string[] CredentialLevels = ["national", "state"];
    public static readonly string[] CredentialStatuses = ["current", "former"];

    public static readonly TableSchema<TrainingRoute> TrainingRoutes = new TableSchema<TrainingRoute>("training_routes.csv", "The ways into the job: certificate, diploma, associate degree, apprenticeship, on-the-job, military.")
        .Add("id", r => r.Id, ColumnType.Text, (row, _) => Cells.Key(row, "id"))
        .Required("name", r => r.Name)
        .Whole("order", r => r.Order)
        .Add("backgrounds", r => r.Backgrounds, ColumnType.Text, (row, _) => Backgrounds(row))
        .Required("summary", r => r.Summary)
        .Source(r => r.SourceId)
        .Text("note", r => r.Note)
        .Must("id", "name", "order", "backgrounds", "summary", "source_id")
        .Unique(["id"], r => r.Id)
        .Provides("routes", r => r.Id)
        .Download(rows => rows.OrderBy(r => r.Order).ThenBy(r => r.Id, StringComparer.Ordinal));

    public static readonly TableSchema<TrainingFact> TrainingFacts = new TableSchema<TrainingFact>("training_facts.csv", "Length and cost of each training route, with period and source.")
        .Ref("route", f => f.RouteId, "routes", "route in training_routes.csv")
        .OneOf("attribute", f => f.Attribute, [.. FactAttributes.Keys])
        .Add("low", f => f.Low, ColumnType.Number, (row, _) => row.Number("low", FactMin(row), FactMax(row)))
        .Add("high", f => f.High, ColumnType.Number, (row, _) => row.Number("high", FactMin(row), FactMax(row)))
        .Text("period", f => f.Period)
        .Required("text", f => f.Text)
        .Source(f => f.SourceId)
        .Text("note", f => f.Note)
        .Check((row, f, _) =>
        {
            Cells.CheckRange(row, "low", f.Low, "high", f.High);
            if (f.Attribute == "offered_by" && (f.Low ?? f.High) is not null)
            {
                row.Problem("offered_by is words only: leave low and high empty");
            }
        })
        .Must("route", "attribute", "low", "high", "period", "text", "source_id")
        .Download(rows => rows.OrderBy(f => f.Id));

    public static readonly TableSchema<TrainingFunding> TrainingFunding = new TableSchema<TrainingFunding>("training_funding.csv", "Ways to pay for training and who qualifies.")
        .Add("id", f => f.Id, ColumnType.Text, (row, _) => Cells.Key(row, "id"))
        .Required("name", f => f.Name)
        .Whole("order", f => f.Order)
        .Required("who_qualifies", f => f.WhoQualifies)
        .Required("what_it_pays", f => f.WhatItPays)
        .Source(f => f.SourceId)
        .Text("note", f => f.Note)
        .Must("id", "name", "order", "who_qualifies", "what_it_pays", "source_id")
        .Unique(["id"], f => f.Id)
        .Download(rows => rows.OrderBy(f => f.Order).ThenBy(f => f.Id, StringComparer.Ordinal));

    public static readonly TableSchema<Credential> Credentials = new TableSchema<Credential>("credentials.csv", "Medical assistant credentials: certifying body, exam fee, renewal, status.")
        .Add("id", c => c.Id, ColumnType.Text, (row, _) => Cells.Key(row, "id"))
        .Required("abbreviation", c => c.Abbreviation)
        .Required("name", c => c.Name)
        .Required("body", c => c.Body)
        .Add("body_url", c => c.BodyUrl, ColumnType.Text, (row, _) => Cells.HttpUrl(row, "body_url") is { Length: > 0 } url ? url : row.Required("body_url"))
        .OneOf("level", c => c.Level, CredentialLevels)
        .Add("state", c => c.StateCode, ColumnType.Text, (row, keys) => CredentialState(row, keys))
        .OneOf("status", c => c.Status, CredentialStatuses)
        .Required("summary", c => c.Summary)
        .Source(c => c.SourceId)
        .Number("exam_fee_low", c => c.ExamFeeLow, 0, 10_000)
        .Number("exam_fee_high", c => c.ExamFeeHigh, 0, 10_000)
        .Text("exam_fee_text", c => c.ExamFeeText)
        .Text("exam_fee_period", c => c.ExamFeePeriod)
        .OptionalRef("exam_fee_source_id", c => c.ExamFeeSourceId, "sources", "source")
        .Whole("renewal_years", c => c.RenewalYears, 1, 20)
        .Text("renewal_text", c => c.RenewalText)
        .OptionalRef("renewal_source_id", c => c.RenewalSourceId, "sources", "source")
        .Text("note", c => c.Note)
        .Check((row, c, _) =>
        {
            Cells.CheckRange(row, "exam_fee_low", c.ExamFeeLow, "exam_fee_high", c.ExamFeeHigh);
            Cells.CheckFigureSource(row, "exam_fee_source_id", (c.ExamFeeLow ?? c.ExamFeeHigh) is not null || c.ExamFeeText.Length > 0, "exam fee");
            Cells.CheckFigureSource(row, "renewal_source_id", c.RenewalYears is not null || c.RenewalText.Length > 0, "renewal rule");
        })
        .Must("id", "abbreviation", "name", "body", "body_url", "level", "state", "status", "summary", "source_id")
        .Unique(["id"], c => c.Id)
        .Provides("credentials", c => c.Id)
        .Download(rows => rows.OrderBy(c => c.Id, StringComparer.Ordinal));

    public static readonly TableSchema<CredentialRoute> CredentialRoutes = new TableSchema<CredentialRoute>("credential_routes.csv", "Who may sit each credential's exam (eligibility routes).")
        .Ref("credential", r => r.CredentialId, "credentials", "credential in credentials.csv")
        .Add("route", r => r.Route, ColumnType.Text, (row, _) => Cells.Key(row, "route"))
        .OneOf("background", r => r.Background, [.. TrainingBackgrounds.Keys])
        .Whole("min_years", r => r.MinYears, 0, 60)
        .Required("requirement", r => r.Requirement)
        .Source(r => r.SourceId)
        .Text("note", r => r.Note)
        .Must("credential", "route", "background", "min_years", "requirement", "source_id")
        .Unique(["credential", "route"], r => $"{r.CredentialId} {r.Route}")
        .Download(rows => rows.OrderBy(r => r.Id));

    public static readonly TableSchema<CredentialRule> CredentialRules = new TableSchema<CredentialRule>("credential_rules.csv", "Where a state's scope rule names a credential.")
        .Ref("credential", r => r.CredentialId, "credentials", "credential in credentials.csv")
        .Ref("state", r => r.StateCode, "states", "state code in areas.csv")
        .Required("task", r => r.TaskKey)
        .Source(r => r.SourceId)
        .Text("note", r => r.Note)
        .Check((row, r, keys) =>
        {
            if (r.StateCode.Length > 0 && r.TaskKey.Length > 0 && !keys["scope-rules"].Contains($"{r.StateCode} {r.TaskKey}"))
            {
                row.Problem($"scope_rules.csv has no rule for {r.StateCode} and task \"{r.TaskKey}\" to link this credential to");
            }
        })
        .Must("credential", "state", "task", "source_id")
        .Unique(["credential", "state", "task"], r => $"{r.CredentialId} {r.StateCode} {r.TaskKey}")
        .Download(rows => rows.OrderBy(r => r.Id));

    private static decimal FactMin(CsvRow row) => FactAttributes.GetValueOrDefault(row.Text("attribute"), (0, decimal.MaxValue, "")).Min;

    private static decimal FactMax(CsvRow row) => FactAttributes.GetValueOrDefault(row.Text("attribute"), (0, decimal.MaxValue, "")).Max;

    private static string Backgrounds(CsvRow row)
    {
        var backgrounds = row.Required("backgrounds");
        foreach (var background in backgrounds.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(b => !TrainingBackgrounds.Keys.Contains(b)))
        {
            row.Problem($"backgrounds: \"{background}\" is not one of {string.Join(", ", TrainingBackgrounds.Keys)}");
        }

        return backgrounds;
    }

    private static string? CredentialState(CsvRow row, TableKeys keys)
    {
        var state = row.Text("state");
        var isState = row.Text("level") == "state";
        if (isState ? !keys["states"].Contains(state) : state.Length > 0)
        {
            row.Problem(isState ? $"state \"{state}\" must be a state code in areas.csv for a state credential" : "state must be empty for a national credential");
        }

        return Cells.NullIfEmpty(state);
    }
}
