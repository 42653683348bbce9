using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MaGuide.Web.Tests.Data;

public sealed class StoreBuilderTests
{
    private static string NewStorePath() => Path.Combine(Path.GetTempPath(), "maguide-tests", Guid.NewGuid().ToString("n"), "store.db");

    private static ContentPaths GoodCopy() => Fixtures.CopyOf(Fixtures.Good);

    /// <summary>Replaces one whole line (1-based) of a CSV in the copy.</summary>
    private static void ReplaceLine(ContentPaths paths, string file, int line, string text)
    {
        var path = Path.Combine(paths.Data, file);
        var lines = File.ReadAllLines(path);
        lines[line - 1] = text;
        File.WriteAllLines(path, lines);
    }

    private static byte[] Snapshot(string storePath)
    {
        SqliteConnection.ClearAllPools();
        return File.ReadAllBytes(storePath);
    }

    [Fact]
    public void The_hash_names_the_migrations_EF_would_apply_in_its_order()
    {
        // The hash reads the migration ids from the assembly (no EF model at start-up); they must be EF's own list.
        using var db = StoreBuilder.Open(":memory:", readOnly: false);

        Assert.Equal(string.Join(',', db.Database.GetMigrations()), StoreBuilder.MigrationIds);
        Assert.NotEmpty(StoreBuilder.MigrationIds);
    }

    [Fact]
    public void The_stored_hash_of_a_file_that_is_not_a_store_is_null()
    {
        var missing = NewStorePath();
        var notStore = NewStorePath();
        Directory.CreateDirectory(Path.GetDirectoryName(notStore)!);
        File.WriteAllText(notStore, "not a database");

        Assert.Null(StoreBuilder.StoredHash(missing));
        Assert.Null(StoreBuilder.StoredHash(notStore));
    }

    [Fact]
    public void A_fresh_build_loads_every_csv_row_into_the_store()
    {
        var paths = Fixtures.Site;
        var store = NewStorePath();

        var result = StoreBuilder.Ensure(paths, store);

        Assert.True(result.Rebuilt);
        Assert.Empty(result.Problems);
        using var db = StoreBuilder.Open(store, readOnly: true);
        var stored = new Dictionary<string, int>
        {
            ["sources.csv"] = db.Sources.Count(),
            ["areas.csv"] = db.Areas.Count(a => a.IsState),
            ["roles.csv"] = db.Roles.Count(),
            ["role_facts.csv"] = db.RoleFacts.Count(),
            ["wages.csv"] = db.WageEstimates.Count(),
            ["metro_wages.csv"] = db.MetroWages.Count(),
            ["industry_wages.csv"] = db.IndustryWages.Count(),
            ["projections.csv"] = db.Projections.Count(),
            ["scope_tasks.csv"] = db.ScopeTasks.Count(),
            ["scope_rules.csv"] = db.ScopeRules.Count(),
            ["price_parities.csv"] = db.PriceParities.Count(),
        };
        foreach (var (file, count) in stored)
        {
            Assert.True(CsvRows.Parse(File.ReadAllText(Path.Combine(paths.Data, file))).Count == count, $"{file}: {count} rows in the store");
        }
    }

    [Fact]
    public void An_unchanged_start_skips_the_rebuild_and_a_changed_csv_triggers_one()
    {
        var paths = GoodCopy();
        var store = NewStorePath();

        Assert.True(StoreBuilder.Ensure(paths, store).Rebuilt);
        var second = StoreBuilder.Ensure(paths, store);
        Assert.False(second.Rebuilt);
        Assert.Equal(StoreBuilder.StoredHash(store), second.InputHash);

        ReplaceLine(paths, "role_facts.csv", 2, "medical-assistant,training_length,About nine months,good-source,");
        Assert.True(StoreBuilder.Ensure(paths, store).Rebuilt);
        using var db = StoreBuilder.Open(store, readOnly: true);
        Assert.Equal("About nine months", db.RoleFacts.Single(f => f.RoleSlug == "medical-assistant").Value);
    }

    public static TheoryData<string, int, string, string> BadRows => new()
    {
        { "scope_rules.csv", 2, "CA,injections,alowed,,,,Cal. B&P 2069,good-source,,,", "content/data/scope_rules.csv:2: status \"alowed\" is not one of allowed, allowed_with_conditions, not_allowed, not_addressed, unknown" },
        { "scope_rules.csv", 2, "XX,injections,allowed,,,,Cal. B&P 2069,good-source,,,", "content/data/scope_rules.csv:2: state \"XX\" is not a known state code in areas.csv" },
        { "scope_rules.csv", 2, "CA,injections,allowed,,,,Cal. B&P 2069,no-such-source,,,", "content/data/scope_rules.csv:2: source_id \"no-such-source\" is not a known source" },
        { "scope_rules.csv", 2, "CA,injections,allowed,,,,Cal. B&P 2069,,,,", "content/data/scope_rules.csv:2: source_id is empty" },
        { "scope_rules.csv", 2, "CA,injections,allowed,,,,SDCL 36-9B-1 (repealed),good-source,,,", "content/data/scope_rules.csv:2: citation marks a law as repealed, but status \"allowed\" rests on it" },
        { "scope_rules.csv", 2, "CA,injections,allowed,,,,Cal. B&P 2069,good-source,,," + new string('x', 201), "content/data/scope_rules.csv:2: summary is 201 characters; keep it to one plain sentence of 200 or fewer" },
        { "wages.csv", 2, "medical-assistant,US,May 2024,800000,,,,,,,,60000,,44720,,58240,,,good-source,,false,", "content/data/wages.csv:2: annual percentiles must rise from p10 to median to p90 (60000 ≤ 44720 ≤ 58240 does not)" },
        { "wages.csv", 2, "medical-assistant,US,May 2024,lots,,,,,,,,,,44720,,,,,good-source,,false,", "content/data/wages.csv:2: employment \"lots\" is not a whole number" },
        { "wages.csv", 2, "medical-assistant,US,May 2024,,,,,,,,,,,$44720,,,,,good-source,,false,", "content/data/wages.csv:2: annual_median \"$44720\" is not a number (write digits only, e.g. 44200 or 21.25)" },
        { "wages.csv", 2, "medical-assistant,US,May 2024,,,,,,,,,,,44.72,,,,,good-source,,false,", "content/data/wages.csv:2: annual_median 44.72 is out of range (1000 to 1000000)" },
        { "wages.csv", 2, "medical-assistant,US,2024,,,,,,,,,,,44720,,,,,good-source,,false,", "content/data/wages.csv:2: period \"2024\" must be written like \"May 2024\" (or left empty when the source does not say)" },
        { "wages.csv", 1, "role,area,period,employment,hourly_mean,hourly_p10,hourly_p25,hourly_median,hourly_p75,hourly_p90,annual_mean,annual_p10,annual_p25,annual_median,annual_p75,annual_p90,employment_per_1000,location_quotient,source_id,preferred,period_inferred,note", "content/data/wages.csv:2: the preferred column is gone" },
        { "wages.csv", 2, "nurse-wizard,US,May 2024,,,,,,,,,,,44720,,,,,good-source,,false,", "content/data/wages.csv:2: role \"nurse-wizard\" is not a known role" },
        { "areas.csv", 3, "CA,California again,california-2,,,,,", "content/data/areas.csv:3: \"CA\" is already listed on line 2 of areas.csv" },
        { "roles.csv", 3, "cna,311131,Nursing assistants,Nursing assistant (CNA),Care.,good-source", "content/data/roles.csv:3: soc_code \"311131\" must look like 31-9092" },
        { "projections.csv", 2, "medical-assistant,2034,2024,,,,12,,good-source,,", "content/data/projections.csv:2: target_year 2024 must be after base_year 2034" },
        { "scope_tasks.csv", 2, "Injections!,Giving injections,Shots.,10", "content/data/scope_tasks.csv:2: key \"Injections!\" must be lowercase words joined by hyphens; it becomes the page address" },
        { "price_parities.csv", 1, "state,year,rpp_goods,source_id", "content/data/price_parities.csv:1: missing column rpp_all_items" },
        { "role_facts.csv", 2, "medical-assistant,training_length,\"About a year,good-source,", "content/data/role_facts.csv:2: a quote opened on this line is never closed" },
    };

    [Theory, MemberData(nameof(BadRows))]
    public void A_bad_row_is_reported_with_file_and_line_and_the_previous_store_keeps_serving(string file, int line, string text, string expected)
    {
        var paths = GoodCopy();
        var store = NewStorePath();
        BuiltStores.CopyTo(paths, store); // the store built once from these CSVs, as a previous start left it
        var before = Snapshot(store);

        ReplaceLine(paths, file, line, text);
        var result = StoreBuilder.Ensure(paths, store);

        Assert.False(result.Rebuilt);
        Assert.Contains(result.Problems, p => p.ToString().StartsWith(expected, StringComparison.Ordinal));
        Assert.Equal(before, Snapshot(store));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(store)!, "*.building"));
    }

    [Fact]
    public void With_no_previous_store_a_bad_csv_stops_with_the_messages_and_writes_nothing()
    {
        var paths = GoodCopy();
        var store = NewStorePath();
        ReplaceLine(paths, "scope_rules.csv", 2, "CA,injections,alowed,,,,Cal. B&P 2069,good-source,,,");

        var error = Assert.Throws<StoreBuildException>(() => StoreBuilder.Ensure(paths, store));

        Assert.Contains("content/data/scope_rules.csv:2: status \"alowed\"", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(store));
        Assert.Empty(Directory.Exists(Path.GetDirectoryName(store)) ? Directory.GetFiles(Path.GetDirectoryName(store)!) : []);
    }

    [Fact]
    public void The_store_is_one_self_contained_file_even_after_it_is_read()
    {
        var store = NewStorePath();
        StoreBuilder.Ensure(GoodCopy(), store);

        using (var db = StoreBuilder.Open(store, readOnly: true))
        {
            Assert.Equal(2, db.Roles.Count());
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal([Path.GetFileName(store)], Directory.GetFiles(Path.GetDirectoryName(store)!).Select(Path.GetFileName));
    }

    [Fact]
    public void The_store_is_opened_read_only_at_run_time()
    {
        var store = NewStorePath();
        StoreBuilder.Ensure(GoodCopy(), store);

        using (var db = StoreBuilder.Open(store, readOnly: true))
        {
            db.ScopeTasks.Add(new ScopeTask { Key = "new-task", Name = "New", Description = "New." });

            // SQLite itself refuses the write because the file is open read-only (SQLITE_READONLY), not for any other fault.
            var error = Assert.Throws<DbUpdateException>(() => db.SaveChanges());
            var sqlite = Assert.IsType<SqliteException>(error.InnerException);
            Assert.Equal(SQLitePCL.raw.SQLITE_READONLY, sqlite.SqliteErrorCode);
        }

        SqliteConnection.ClearAllPools();
        using var writable = StoreBuilder.Open(store, readOnly: false);
        Assert.False(writable.ScopeTasks.Any(t => t.Key == "new-task"));
    }
}
