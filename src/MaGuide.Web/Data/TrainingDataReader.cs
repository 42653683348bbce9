using System.Text.RegularExpressions;

namespace MaGuide.Web.Data;

/// <summary>
/// Reads and validates the training and credential tables (training_routes, training_facts, training_funding,
/// credentials, credential_routes, credential_rules). Every row must name a source; a figure must name its own source;
/// numbers must be in range and low ≤ high; links must point at rows that exist. Problems name the file and line.
/// </summary>
public static partial class TrainingDataReader
{
    /// <summary>The training-fact attributes and the range their numbers must fall in.</summary>
    public static readonly IReadOnlyDictionary<string, (decimal Min, decimal Max)> FactAttributes = new Dictionary<string, (decimal, decimal)>(StringComparer.Ordinal)
    {
        ["length_months"] = (0, 120),
        ["clock_hours"] = (0, 20_000),
        ["externship_hours"] = (0, 5_000),
        ["cost_usd"] = (0, 200_000),
        ["offered_by"] = (0, 0),
    };

    public static readonly string[] Levels = ["national", "state"];
    public static readonly string[] Statuses = ["current", "former"];

    /// <summary>Opens one CSV of content/data, requiring the given columns (null when it cannot be read).</summary>
    public delegate CsvTable? TableOpener(string name, params string[] columns);

    /// <summary>What the rows may refer to: sources, states, and the (state, task) pairs that have a scope rule.</summary>
    public sealed record Keys(IReadOnlySet<string> Sources, IReadOnlySet<string> States, IReadOnlySet<(string State, string Task)> ScopeRules);

    /// <summary>The six tables, validated.</summary>
    public sealed record Result(
        IReadOnlyList<TrainingRoute> Routes,
        IReadOnlyList<TrainingFact> Facts,
        IReadOnlyList<TrainingFunding> Funding,
        IReadOnlyList<Credential> Credentials,
        IReadOnlyList<CredentialRoute> CredentialRoutes,
        IReadOnlyList<CredentialRule> CredentialRules);

    public static Result Read(TableOpener open, Keys keys)
    {
        var routes = ReadRoutes(open("training_routes.csv", "id", "name", "order", "backgrounds", "summary", "source_id"), keys);
        var routeIds = routes.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var facts = ReadFacts(open("training_facts.csv", "route", "attribute", "low", "high", "period", "text", "source_id"), routeIds, keys);
        var funding = ReadFunding(open("training_funding.csv", "id", "name", "order", "who_qualifies", "what_it_pays", "source_id"), keys);
        var credentials = ReadCredentials(open("credentials.csv", "id", "abbreviation", "name", "body", "body_url", "level", "state", "status", "summary", "source_id"), keys);
        var credentialIds = credentials.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var credentialRoutes = ReadCredentialRoutes(open("credential_routes.csv", "credential", "route", "background", "min_years", "requirement", "source_id"), credentialIds, keys);
        var credentialRules = ReadCredentialRules(open("credential_rules.csv", "credential", "state", "task", "source_id"), credentialIds, keys);
        return new Result(routes, facts, funding, credentials, credentialRoutes, credentialRules);
    }

    private static List<TrainingRoute> ReadRoutes(CsvTable? table, Keys keys)
    {
        var routes = new List<TrainingRoute>();
        var seen = table is null ? null : new DataSetReader.UniqueKeys(table);
        foreach (var row in table?.Rows ?? [])
        {
            var id = Key(row, "id");
            seen!.Check(row, id);
            var backgrounds = row.Required("backgrounds");
            foreach (var background in backgrounds.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(b => !TrainingBackgrounds.Keys.Contains(b)))
            {
                row.Problem($"backgrounds: \"{background}\" is not one of {string.Join(", ", TrainingBackgrounds.Keys)}");
            }

            routes.Add(new TrainingRoute
            {
                Id = id,
                Name = row.Required("name"),
                Order = row.WholeNumber("order") ?? 0,
                Backgrounds = backgrounds,
                Summary = row.Required("summary"),
                SourceId = row.Reference("source_id", keys.Sources, "source"),
                Note = row.Text("note"),
            });
        }

        return routes;
    }

    private static List<TrainingFact> ReadFacts(CsvTable? table, IReadOnlySet<string> routes, Keys keys)
    {
        var facts = new List<TrainingFact>();
        foreach (var row in table?.Rows ?? [])
        {
            var attribute = row.OneOf("attribute", [.. FactAttributes.Keys]);
            var (min, max) = FactAttributes.GetValueOrDefault(attribute, (0, decimal.MaxValue));
            var (low, high) = Range(row, "low", "high", min, max);
            if (attribute == "offered_by" && (low ?? high) is not null)
            {
                row.Problem("offered_by is words only: leave low and high empty");
            }

            facts.Add(new TrainingFact
            {
                RouteId = row.Reference("route", routes, "route in training_routes.csv"),
                Attribute = attribute,
                Low = low,
                High = high,
                Period = row.Text("period"),
                Text = row.Required("text"),
                SourceId = row.Reference("source_id", keys.Sources, "source"),
                Note = row.Text("note"),
            });
        }

        return facts;
    }

    private static List<TrainingFunding> ReadFunding(CsvTable? table, Keys keys)
    {
        var funding = new List<TrainingFunding>();
        var seen = table is null ? null : new DataSetReader.UniqueKeys(table);
        foreach (var row in table?.Rows ?? [])
        {
            var id = Key(row, "id");
            seen!.Check(row, id);
            funding.Add(new TrainingFunding
            {
                Id = id,
                Name = row.Required("name"),
                Order = row.WholeNumber("order") ?? 0,
                WhoQualifies = row.Required("who_qualifies"),
                WhatItPays = row.Required("what_it_pays"),
                SourceId = row.Reference("source_id", keys.Sources, "source"),
                Note = row.Text("note"),
            });
        }

        return funding;
    }

    private static List<Credential> ReadCredentials(CsvTable? table, Keys keys)
    {
        var credentials = new List<Credential>();
        var seen = table is null ? null : new DataSetReader.UniqueKeys(table);
        foreach (var row in table?.Rows ?? [])
        {
            var id = Key(row, "id");
            seen!.Check(row, id);
            var level = row.OneOf("level", Levels);
            var state = row.Text("state");
            if (level == "state" ? !keys.States.Contains(state) : state.Length > 0)
            {
                row.Problem(level == "state" ? $"state \"{state}\" must be a state code in areas.csv for a state credential" : "state must be empty for a national credential");
            }

            var (feeLow, feeHigh) = Range(row, "exam_fee_low", "exam_fee_high", 0, 10_000);
            var feeSource = FigureSource(row, "exam_fee_source_id", keys, (feeLow ?? feeHigh) is not null || row.Text("exam_fee_text").Length > 0, "exam fee");
            var renewalYears = row.WholeNumber("renewal_years", 1, 20);
            var renewalSource = FigureSource(row, "renewal_source_id", keys, renewalYears is not null || row.Text("renewal_text").Length > 0, "renewal rule");
            credentials.Add(new Credential
            {
                Id = id,
                Abbreviation = row.Required("abbreviation"),
                Name = row.Required("name"),
                Body = row.Required("body"),
                BodyUrl = DataSetReader.HttpUrl(row, "body_url") is { Length: > 0 } url ? url : row.Required("body_url"),
                Level = level,
                StateCode = DataSetReader.NullIfEmpty(state),
                Status = row.OneOf("status", Statuses),
                Summary = row.Required("summary"),
                SourceId = row.Reference("source_id", keys.Sources, "source"),
                ExamFeeLow = feeLow,
                ExamFeeHigh = feeHigh,
                ExamFeeText = row.Text("exam_fee_text"),
                ExamFeePeriod = row.Text("exam_fee_period"),
                ExamFeeSourceId = feeSource,
                RenewalYears = renewalYears,
                RenewalText = row.Text("renewal_text"),
                RenewalSourceId = renewalSource,
                Note = row.Text("note"),
            });
        }

        return credentials;
    }

    private static List<CredentialRoute> ReadCredentialRoutes(CsvTable? table, IReadOnlySet<string> credentials, Keys keys)
    {
        var routes = new List<CredentialRoute>();
        var seen = table is null ? null : new DataSetReader.UniqueKeys(table);
        foreach (var row in table?.Rows ?? [])
        {
            var route = new CredentialRoute
            {
                CredentialId = row.Reference("credential", credentials, "credential in credentials.csv"),
                Route = Key(row, "route"),
                Background = row.OneOf("background", [.. TrainingBackgrounds.Keys]),
                MinYears = row.WholeNumber("min_years", 0, 60),
                Requirement = row.Required("requirement"),
                SourceId = row.Reference("source_id", keys.Sources, "source"),
                Note = row.Text("note"),
            };
            seen!.Check(row, $"{route.CredentialId} {route.Route}");
            routes.Add(route);
        }

        return routes;
    }

    private static List<CredentialRule> ReadCredentialRules(CsvTable? table, IReadOnlySet<string> credentials, Keys keys)
    {
        var rules = new List<CredentialRule>();
        var seen = table is null ? null : new DataSetReader.UniqueKeys(table);
        foreach (var row in table?.Rows ?? [])
        {
            var rule = new CredentialRule
            {
                CredentialId = row.Reference("credential", credentials, "credential in credentials.csv"),
                StateCode = row.Reference("state", keys.States, "state code in areas.csv"),
                TaskKey = row.Required("task"),
                SourceId = row.Reference("source_id", keys.Sources, "source"),
                Note = row.Text("note"),
            };
            if (rule.StateCode.Length > 0 && rule.TaskKey.Length > 0 && !keys.ScopeRules.Contains((rule.StateCode, rule.TaskKey)))
            {
                row.Problem($"scope_rules.csv has no rule for {rule.StateCode} and task \"{rule.TaskKey}\" to link this credential to");
            }

            seen!.Check(row, $"{rule.CredentialId} {rule.StateCode} {rule.TaskKey}");
            rules.Add(rule);
        }

        return rules;
    }

    /// <summary>A lowercase, hyphenated key: it becomes part of a page address.</summary>
    private static string Key(CsvRow row, string column)
    {
        var value = row.Required(column);
        if (value.Length > 0 && !KeyPattern().IsMatch(value))
        {
            row.Problem($"{column} \"{value}\" must be lowercase letters and digits joined by hyphens");
        }

        return value;
    }

    private static (decimal? Low, decimal? High) Range(CsvRow row, string lowColumn, string highColumn, decimal min, decimal max)
    {
        var low = row.Number(lowColumn, min, max);
        var high = row.Number(highColumn, min, max);
        if (low is { } l && high is { } h && h < l)
        {
            row.Problem($"{highColumn} {h} is below {lowColumn} {l}");
        }

        return (low, high);
    }

    /// <summary>A figure's own source: required when the figure is there, and then it must be a known source.</summary>
    private static string? FigureSource(CsvRow row, string column, Keys keys, bool figurePresent, string what)
    {
        var value = row.Text(column);
        if (figurePresent && value.Length == 0)
        {
            row.Problem($"{column} is empty: the {what} needs its own source");
            return null;
        }

        return value.Length == 0 ? null : row.Reference(column, keys.Sources, "source");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}
