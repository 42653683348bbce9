using System.Globalization;
using System.Text.RegularExpressions;
using MaGuide.Web.Content;

namespace MaGuide.Web.Data;

/// <summary>
/// Reads and validates every CSV in content/data: types, allowed values, references between tables,
/// duplicate keys, percentile order, one preferred row per key. Problems name the file and line.
/// </summary>
public static partial class DataSetReader
{
    public static readonly string[] ScopeStatuses = ["allowed", "allowed_with_conditions", "not_allowed", "not_addressed", "unknown"];
    public static readonly string[] RoleAttributes = ["entry_education", "training_length", "license", "credentials", "beyond_ma", "settings"];
    public const string NationalCode = "US";

    public static DataSet? Read(ContentPaths paths, List<ContentProblem> problems)
    {
        // Warnings (such as pipeline words in a reader-facing field) are reported but never stop the data loading.
        int Errors() => problems.Count(p => p.IsError);
        var before = Errors();
        var files = StoreBuilder.ReadInputs(paths);
        CsvTable? Open(string name, params string[] columns) =>
            CsvTable.Read(Path.Combine(paths.Data, name), paths.Display(Path.Combine(paths.Data, name)), columns, problems);

        var sourceEntries = SourceList.Load(paths.SourcesCsv, paths.Display(paths.SourcesCsv), problems);
        var sources = sourceEntries.Values.Select(s => new Source
        {
            Id = s.Id,
            Kind = s.Kind,
            Title = s.Title,
            Publisher = s.Publisher,
            Url = s.Url,
            Period = s.Period,
            Retrieved = s.Retrieved,
            Note = s.Note,
            DerivedFrom = s.DerivedFrom,
        }).ToList();
        var sourceIds = sourceEntries.Keys.ToHashSet(StringComparer.Ordinal);

        var typed = new TypedLabels();
        var editorPreferences = new List<string>();
        var roles = ReadRoles(Open("roles.csv", "slug", "soc_code", "name", "short_name", "summary", "source_id"), sourceIds);
        var roleSlugs = roles.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal);
        var metroTable = Open("metro_wages.csv", "role", "area_name", "period", "source_id");
        var metros = ReadMetroWages(metroTable, roleSlugs, sourceIds, editorPreferences);

        var areasTable = Open("areas.csv", "code", "name", "slug");
        var areas = ReadAreas(areasTable, sourceIds, metros.Select(m => m.AreaName).ToHashSet(StringComparer.Ordinal), typed);
        var stateCodes = areas.Where(a => a.IsState).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        var areaCodes = areas.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);

        var facts = ReadRoleFacts(Open("role_facts.csv", "role", "attribute", "value", "source_id"), roleSlugs, sourceIds);
        var wages = ReadWages(Open("wages.csv", "role", "area", "period", "annual_median", "source_id"), roleSlugs, areaCodes, sourceIds, editorPreferences);
        PayGaps.CheckNotes(areasTable, wages);
        var industries = ReadIndustryWages(Open("industry_wages.csv", "role", "industry_name", "period", "source_id"), roleSlugs, sourceIds, editorPreferences);
        var projections = ReadProjections(Open("projections.csv", "role", "base_year", "target_year", "change_percent", "source_id"), roleSlugs, sourceIds, editorPreferences);
        var tasks = ReadTasks(Open("scope_tasks.csv", "key", "name", "description", "order"));
        var taskKeys = tasks.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var rules = ReadScopeRules(Open("scope_rules.csv", "state", "task", "status", "citation", "source_id"), stateCodes, taskKeys, sourceIds, typed, editorPreferences);
        var parities = ReadPriceParities(Open("price_parities.csv", "state", "year", "rpp_all_items", "source_id"), stateCodes, sourceIds);
        var divisions = CensusDivisions.Read(Open("census_divisions.csv", "state", "division", "region", "source_id"), stateCodes, sourceIds, problems);
        var metroStates = Data.MetroStates.Read(Open("metro_states.csv", "area_name", "states", "official_title", "source_id", "note"), metroTable, stateCodes, sourceIds, problems);
        var training = TrainingDataReader.Read(Open, new TrainingDataReader.Keys(sourceIds, stateCodes, rules.Select(r => (r.StateCode, r.TaskKey)).ToHashSet()));

        if (Errors() > before)
        {
            return null;
        }

        var data = new DataSet
        {
            Sources = sources,
            Areas = areas,
            Roles = roles,
            RoleFacts = facts,
            Wages = wages,
            MetroWages = metros,
            IndustryWages = industries,
            Projections = projections,
            ScopeTasks = tasks,
            ScopeRules = rules,
            PriceParities = parities,
            CensusDivisions = divisions,
            MetroStates = metroStates,
            TrainingRoutes = training.Routes,
            TrainingFacts = training.Facts,
            TrainingFunding = training.Funding,
            Credentials = training.Credentials,
            CredentialRoutes = training.CredentialRoutes,
            CredentialRules = training.CredentialRules,
            EditorPreferences = editorPreferences,
            Files = files,
        };
        DataSetTrust.Apply(data);
        typed.Check(data);
        return Errors() > before ? null : data;
    }

    private static List<Area> ReadAreas(CsvTable? table, IReadOnlySet<string> sourceIds, IReadOnlySet<string> metroNames, TypedLabels typed)
    {
        var areas = new List<Area> { new() { Code = NationalCode, Name = "United States", Slug = "united-states", IsState = false } };
        if (table is null)
        {
            return areas;
        }

        var seen = new UniqueKeys(table);
        foreach (var row in table.Rows)
        {
            var code = row.Required("code");
            if (!StateCodePattern().IsMatch(code))
            {
                row.Problem($"code \"{code}\" must be two capital letters");
            }

            var slug = row.Required("slug");
            if (!SlugRules.IsSlug(slug))
            {
                row.Problem($"slug \"{slug}\" must be lowercase words joined by hyphens");
            }

            seen.Check(row, code);
            typed.Area(row, code);
            areas.Add(new Area
            {
                Code = code,
                Name = row.Required("name"),
                Slug = slug,
                IsState = true,
                BoardName = NullIfEmpty(row.Text("board_name")),
                BoardUrl = NullIfEmpty(HttpUrl(row, "board_url")),
                BoardRegulates = NullIfEmpty(row.Text("board_regulates")),
                BoardSourceId = NullIfEmpty(row.Reference("board_source_id", sourceIds, "source", required: false)),
                BoardNote = NullIfEmpty(row.Text("board_note")),
                BoardDelegationSourceId = NullIfEmpty(row.Reference("board_delegation_source_id", sourceIds, "source", required: false)),
                PayNote = NullIfEmpty(row.Text("pay_note")),
                PayNearbyMetros = NullIfEmpty(PayGaps.ReadNearbyMetros(row, metroNames)),
            });
        }

        return areas;
    }

    private static List<Role> ReadRoles(CsvTable? table, IReadOnlySet<string> sourceIds)
    {
        var roles = new List<Role>();
        if (table is null)
        {
            return roles;
        }

        var seen = new UniqueKeys(table);
        foreach (var row in table.Rows)
        {
            var slug = row.Required("slug");
            seen.Check(row, slug);
            var soc = row.Required("soc_code");
            if (!SocPattern().IsMatch(soc))
            {
                row.Problem($"soc_code \"{soc}\" must look like 31-9092");
            }

            roles.Add(new Role
            {
                Slug = slug,
                SocCode = soc,
                Name = row.Required("name"),
                ShortName = row.Required("short_name"),
                Summary = row.Required("summary"),
                SourceId = row.Reference("source_id", sourceIds, "source"),
            });
        }

        return roles;
    }

    private static List<RoleFact> ReadRoleFacts(CsvTable? table, IReadOnlySet<string> roles, IReadOnlySet<string> sourceIds)
    {
        var facts = new List<RoleFact>();
        if (table is null)
        {
            return facts;
        }

        var seen = new UniqueKeys(table);
        foreach (var row in table.Rows)
        {
            var fact = new RoleFact
            {
                RoleSlug = row.Reference("role", roles, "role"),
                Attribute = row.OneOf("attribute", RoleAttributes),
                Value = row.Required("value"),
                SourceId = row.Reference("source_id", sourceIds, "source"),
                Note = row.Text("note"),
            };
            seen.Check(row, $"{fact.RoleSlug} {fact.Attribute}");
            facts.Add(fact);
        }

        return facts;
    }

    private static List<WageEstimate> ReadWages(CsvTable? table, IReadOnlySet<string> roles, IReadOnlySet<string> areas, IReadOnlySet<string> sourceIds, List<string> preferences)
    {
        var wages = new List<WageEstimate>();
        if (table is null)
        {
            return wages;
        }

        var preferred = new OverrideKeys(table, preferences);
        foreach (var row in table.Rows)
        {
            var (period, year) = Period(row);
            var wage = new WageEstimate
            {
                RoleSlug = row.Reference("role", roles, "role"),
                AreaCode = row.Reference("area", areas, "area (US or a state code in areas.csv)"),
                Period = period,
                Year = year,
                PeriodInferred = row.Text("period_inferred") == "true",
                Employment = row.WholeNumber("employment"),
                HourlyMean = Hourly(row, "hourly_mean"),
                HourlyP10 = Hourly(row, "hourly_p10"),
                HourlyP25 = Hourly(row, "hourly_p25"),
                HourlyMedian = Hourly(row, "hourly_median"),
                HourlyP75 = Hourly(row, "hourly_p75"),
                HourlyP90 = Hourly(row, "hourly_p90"),
                AnnualMean = Annual(row, "annual_mean"),
                AnnualP10 = Annual(row, "annual_p10"),
                AnnualP25 = Annual(row, "annual_p25"),
                AnnualMedian = Annual(row, "annual_median"),
                AnnualP75 = Annual(row, "annual_p75"),
                AnnualP90 = Annual(row, "annual_p90"),
                EmploymentPer1000 = row.Number("employment_per_1000", 0, 1000),
                LocationQuotient = row.Number("location_quotient", 0, 100),
                SourceId = row.Reference("source_id", sourceIds, "source"),
                PreferredBecause = row.Text("preferred_because"),
                Note = row.Text("note"),
            };
            if (row.Text("period_inferred") is not ("" or "true" or "false"))
            {
                row.Problem($"period_inferred \"{row.Text("period_inferred")}\" must be true or false");
            }

            CheckOrder(row, "hourly", [wage.HourlyP10, wage.HourlyP25, wage.HourlyMedian, wage.HourlyP75, wage.HourlyP90]);
            CheckOrder(row, "annual", [wage.AnnualP10, wage.AnnualP25, wage.AnnualMedian, wage.AnnualP75, wage.AnnualP90]);
            preferred.Add(row, $"{wage.RoleSlug} {wage.AreaCode} {wage.Period}", wage.PreferredBecause);
            wages.Add(wage);
        }

        return wages;
    }

    private static List<MetroWage> ReadMetroWages(CsvTable? table, IReadOnlySet<string> roles, IReadOnlySet<string> sourceIds, List<string> preferences)
    {
        var wages = new List<MetroWage>();
        if (table is null)
        {
            return wages;
        }

        var preferred = new OverrideKeys(table, preferences);
        foreach (var row in table.Rows)
        {
            var (period, year) = Period(row);
            var wage = new MetroWage
            {
                RoleSlug = row.Reference("role", roles, "role"),
                AreaName = row.Required("area_name"),
                Period = period,
                Year = year,
                Employment = row.WholeNumber("employment"),
                HourlyMean = Hourly(row, "hourly_mean"),
                AnnualMean = Annual(row, "annual_mean"),
                AnnualMedian = Annual(row, "annual_median"),
                SourceId = row.Reference("source_id", sourceIds, "source"),
                PreferredBecause = row.Text("preferred_because"),
                Note = row.Text("note"),
            };
            preferred.Add(row, $"{wage.RoleSlug} {wage.AreaName} {wage.Period}", wage.PreferredBecause);
            wages.Add(wage);
        }

        return wages;
    }

    private static List<IndustryWage> ReadIndustryWages(CsvTable? table, IReadOnlySet<string> roles, IReadOnlySet<string> sourceIds, List<string> preferences)
    {
        var wages = new List<IndustryWage>();
        if (table is null)
        {
            return wages;
        }

        var preferred = new OverrideKeys(table, preferences);
        foreach (var row in table.Rows)
        {
            var (period, year) = Period(row);
            var wage = new IndustryWage
            {
                RoleSlug = row.Reference("role", roles, "role"),
                IndustryName = row.Required("industry_name"),
                Naics = row.Text("naics"),
                Period = period,
                Year = year,
                Employment = row.WholeNumber("employment"),
                HourlyMean = Hourly(row, "hourly_mean"),
                AnnualMean = Annual(row, "annual_mean"),
                SourceId = row.Reference("source_id", sourceIds, "source"),
                PreferredBecause = row.Text("preferred_because"),
                Note = row.Text("note"),
            };
            preferred.Add(row, $"{wage.RoleSlug} {wage.IndustryName} {wage.Period}", wage.PreferredBecause);
            wages.Add(wage);
        }

        return wages;
    }

    private static List<Projection> ReadProjections(CsvTable? table, IReadOnlySet<string> roles, IReadOnlySet<string> sourceIds, List<string> preferences)
    {
        var projections = new List<Projection>();
        if (table is null)
        {
            return projections;
        }

        var preferred = new OverrideKeys(table, preferences);
        foreach (var row in table.Rows)
        {
            var baseYear = row.WholeNumber("base_year", 1990, 2100) ?? 0;
            var targetYear = row.WholeNumber("target_year", 1990, 2100) ?? 0;
            if (baseYear == 0 || targetYear == 0)
            {
                row.Problem("base_year and target_year are both required");
            }
            else if (targetYear <= baseYear)
            {
                row.Problem($"target_year {targetYear} must be after base_year {baseYear}");
            }

            var projection = new Projection
            {
                RoleSlug = row.Reference("role", roles, "role"),
                BaseYear = baseYear,
                TargetYear = targetYear,
                EmploymentBase = row.WholeNumber("employment_base"),
                EmploymentTarget = row.WholeNumber("employment_target"),
                ChangeNumber = ParseSignedInt(row, "change_number"),
                ChangePercent = row.Number("change_percent", -100, 1000),
                AnnualOpenings = row.WholeNumber("annual_openings"),
                SourceId = row.Reference("source_id", sourceIds, "source"),
                PreferredBecause = row.Text("preferred_because"),
                Note = row.Text("note"),
            };
            preferred.Add(row, $"{projection.RoleSlug} {baseYear}-{targetYear}", projection.PreferredBecause);
            projections.Add(projection);
        }

        return projections;
    }

    private static List<ScopeTask> ReadTasks(CsvTable? table)
    {
        var tasks = new List<ScopeTask>();
        if (table is null)
        {
            return tasks;
        }

        var seen = new UniqueKeys(table);
        foreach (var row in table.Rows)
        {
            var key = row.Required("key");
            if (!SlugRules.IsSlug(key))
            {
                row.Problem($"key \"{key}\" must be lowercase words joined by hyphens; it becomes the page address");
            }

            seen.Check(row, key);
            tasks.Add(new ScopeTask { Key = key, Name = row.Required("name"), Description = row.Required("description"), Order = row.WholeNumber("order") ?? 0 });
        }

        return tasks;
    }

    private static List<ScopeRule> ReadScopeRules(CsvTable? table, IReadOnlySet<string> states, IReadOnlySet<string> tasks, IReadOnlySet<string> sourceIds, TypedLabels typed, List<string> preferences)
    {
        var rules = new List<ScopeRule>();
        if (table is null)
        {
            return rules;
        }

        var preferred = new OverrideKeys(table, preferences);
        foreach (var row in table.Rows)
        {
            var status = row.OneOf("status", ScopeStatuses);
            // A rule we could not source is still worth a row: it tells the reader we looked and found nothing.
            var sourceId = row.Reference("source_id", sourceIds, "source", required: status != "unknown");
            var rule = new ScopeRule
            {
                StateCode = row.Reference("state", states, "state code in areas.csv"),
                TaskKey = row.Reference("task", tasks, "task key in scope_tasks.csv"),
                Status = status,
                Conditions = row.Text("conditions"),
                Credential = row.Text("credential"),
                Supervision = row.Text("supervision"),
                Citation = row.Required("citation"),
                SourceId = NullIfEmpty(sourceId),
                PreferredBecause = row.Text("preferred_because"),
                Note = row.Text("note"),
                Summary = row.Text("summary"),
            };
            if (rule.Summary.Length > 200)
            {
                row.Problem($"summary is {rule.Summary.Length} characters; keep it to one plain sentence of 200 or fewer");
            }

            preferred.Add(row, $"{rule.StateCode} {rule.TaskKey}", rule.PreferredBecause);
            RepealedCitation.Check(row, rule);
            typed.Rule(row, rule);
            rules.Add(rule);
        }

        return rules;
    }

    private static List<PriceParity> ReadPriceParities(CsvTable? table, IReadOnlySet<string> states, IReadOnlySet<string> sourceIds)
    {
        var parities = new List<PriceParity>();
        if (table is null)
        {
            return parities;
        }

        var seen = new UniqueKeys(table);
        foreach (var row in table.Rows)
        {
            var parity = new PriceParity
            {
                StateCode = row.Reference("state", states, "state code in areas.csv"),
                Year = row.WholeNumber("year", 2000, 2100) ?? 0,
                AllItems = row.Number("rpp_all_items", 1, 1000) ?? 0,
                Goods = row.Number("rpp_goods", 1, 1000) ?? 0,
                ServicesHousing = row.Number("rpp_services_housing", 1, 1000) ?? 0,
                SourceId = row.Reference("source_id", sourceIds, "source"),
            };
            seen.Check(row, $"{parity.StateCode} {parity.Year}");
            parities.Add(parity);
        }

        return parities;
    }

    private static (string Period, int? Year) Period(CsvRow row)
    {
        var text = row.Text("period");
        if (text.Length == 0)
        {
            return ("", null);
        }

        var match = PeriodPattern().Match(text);
        if (!match.Success)
        {
            row.Problem($"period \"{text}\" must be written like \"May 2024\" (or left empty when the source does not say)");
            return (text, null);
        }

        return (text, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    // Bounds catch a figure typed in the wrong column (an annual wage in an hourly cell, or the reverse).
    private static decimal? Hourly(CsvRow row, string column) => row.Number(column, 1, 500);

    private static decimal? Annual(CsvRow row, string column) => row.Number(column, 1000, 1_000_000);

    private static int? ParseSignedInt(CsvRow row, string column)
    {
        var text = row.Text(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            row.Problem($"{column} \"{text}\" is not a whole number");
            return null;
        }

        return value;
    }

    private static void CheckOrder(CsvRow row, string kind, decimal?[] percentiles)
    {
        var present = percentiles.Where(p => p is not null).Select(p => p!.Value).ToList();
        for (var i = 1; i < present.Count; i++)
        {
            if (present[i] < present[i - 1])
            {
                row.Problem($"{kind} percentiles must rise from p10 to median to p90 ({string.Join(" ≤ ", present.Select(p => p.ToString(CultureInfo.InvariantCulture)))} does not)");
                return;
            }
        }
    }

    internal static string HttpUrl(CsvRow row, string column)
    {
        var value = row.Text(column);
        if (value.Length > 0 && (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            row.Problem($"{column} \"{value}\" must be an http or https address");
        }

        return value;
    }

    internal static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex StateCodePattern();

    [GeneratedRegex(@"^\d{2}-\d{4}$")]
    private static partial Regex SocPattern();

    [GeneratedRegex(@"^May (\d{4})$")]
    private static partial Regex PeriodPattern();

    /// <summary>Reports a key seen twice in one table.</summary>
    internal sealed class UniqueKeys(CsvTable table)
    {
        private readonly Dictionary<string, int> lines = new(StringComparer.Ordinal);

        public void Check(CsvRow row, string key)
        {
            if (!lines.TryAdd(key, row.Line))
            {
                row.Problem($"\"{key}\" is already listed on line {lines[key]} of {Path.GetFileName(table.DisplayPath)}");
            }
        }
    }

    /// <summary>
    /// Conflicting rows are kept and the preferred one is computed (see <see cref="Trust.Trust"/>); an editor may
    /// override it for one row of a key, with a written reason. A file still carrying the old typed
    /// <c>preferred</c> column is refused so that no hand-picked choice is silently ignored.
    /// </summary>
    private sealed class OverrideKeys(CsvTable table, List<string> preferences)
    {
        private readonly Dictionary<string, int> lines = new(StringComparer.Ordinal);
        private bool oldColumnReported;

        public void Add(CsvRow row, string key, string reason)
        {
            if (!oldColumnReported && row.Has("preferred"))
            {
                oldColumnReported = true;
                row.Problem("the preferred column is gone: the preferred row is now computed from the sources' trust tiers; remove the column, and to override write a reason in preferred_because (see content/data/README.md)");
            }

            if (reason.Length > 0)
            {
                preferences.Add($"{table.DisplayPath}:{row.Line}: preferred by the editor for \"{key}\": {reason}");
            }

            if (reason.Length > 0 && !lines.TryAdd(key, row.Line))
            {
                row.Problem($"\"{key}\" already has an editor's preferred_because on line {lines[key]} of {Path.GetFileName(table.DisplayPath)}; keep only one");
            }
        }
    }
}
