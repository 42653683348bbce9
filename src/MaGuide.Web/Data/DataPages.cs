namespace MaGuide.Web.Data;

/// <summary>Which data pages exist, from the validated CSVs (for <c>check</c>) or from the store (for the running site).</summary>
public static class DataPages
{
    /// <summary>The open-data tables served at /data/{table}.csv and .json.</summary>
    public static readonly string[] Tables = [.. Schema.Tables.All.Select(t => t.Slug)];

    public static DataPageKeys From(DataSet data)
    {
        var keys = Keys(data.Areas, data.ScopeTasks.Select(t => t.Key), data.Roles.Select(r => r.Slug));
        return keys with
        {
            Credentials = data.Credentials.Select(c => c.Id).ToHashSet(StringComparer.Ordinal),
            Divisions = data.CensusDivisions.ToDictionary(d => d.StateCode, d => d.Division, StringComparer.Ordinal),
        };
    }

    public static DataPageKeys FromStore(IDbContextFactory<MaGuideDb> factory)
    {
        using var db = factory.CreateDbContext();
        var keys = Keys([.. db.Areas], [.. db.ScopeTasks.Select(t => t.Key)], [.. db.Roles.Select(r => r.Slug)]);
        return keys with
        {
            Credentials = db.Credentials.Select(c => c.Id).ToHashSet(StringComparer.Ordinal),
            Divisions = db.CensusDivisions.ToDictionary(d => d.StateCode, d => d.Division, StringComparer.Ordinal),
        };
    }

    private static DataPageKeys Keys(IEnumerable<Area> areas, IEnumerable<string> tasks, IEnumerable<string> roles)
    {
        var states = areas.Where(a => a.IsState).SelectMany(a => new[] { a.Code.ToLowerInvariant(), a.Slug });
        return new DataPageKeys(
            states.ToHashSet(StringComparer.Ordinal),
            tasks.ToHashSet(StringComparer.Ordinal),
            roles.ToHashSet(StringComparer.Ordinal),
            Tables.ToHashSet(StringComparer.Ordinal));
    }
}

/// <summary>
/// The keys of the served store's data pages (<see cref="DataPages.FromStore"/>), read once on a pool thread from the
/// first time <see cref="Keys"/> is asked for. The query is the first of the process, so it builds the EF model (about
/// 0.8 s of CPU on a warm start): the guide load starts it, then reads and parses the guides meanwhile.
/// </summary>
public sealed class StoreDataPages(IDbContextFactory<MaGuideDb> factory)
{
    private readonly Lazy<Task<DataPageKeys>> keys = new(() => Task.Run(() => DataPages.FromStore(factory)));

    /// <summary>The keys; a store that cannot be read faults the task with the store's exception.</summary>
    public Task<DataPageKeys> Keys => keys.Value;
}

/// <summary>The keys of the pages built from the data (lowercase state codes and slugs, task keys, role slugs, tables).</summary>
public sealed record DataPageKeys(IReadOnlySet<string> States, IReadOnlySet<string> Tasks, IReadOnlySet<string> Roles, IReadOnlySet<string> Tables)
{
    /// <summary>Credential ids, each with a page at /certifications/{id}.</summary>
    public IReadOnlySet<string> Credentials { get; init; } = new HashSet<string>();

    /// <summary>Each state's Census division, by upper-case state code (census_divisions.csv), for the sitemap's state pairs.</summary>
    public IReadOnlyDictionary<string, string> Divisions { get; init; } = new Dictionary<string, string>();

    public static DataPageKeys None { get; } = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
}
