namespace MaGuide.Web.Data.Schema;

/// <summary>Reports a key seen twice in one table.</summary>
internal sealed class UniqueKeys(CsvTable table, Func<string, int, string>? message = null)
{
    private readonly Dictionary<string, int> lines = new(StringComparer.Ordinal);

    public void Check(CsvRow row, string key)
    {
        if (!lines.TryAdd(key, row.Line))
        {
            row.Problem(message?.Invoke(key, lines[key]) ?? $"\"{key}\" is already listed on line {lines[key]} of {Path.GetFileName(table.DisplayPath)}");
        }
    }
}

/// <summary>
/// Conflicting rows are kept and the preferred one is computed (see <see cref="Trust.Trust"/>); an editor may
/// override it for one row of a key, with a written reason. A file still carrying the old typed
/// <c>preferred</c> column is refused so that no hand-picked choice is silently ignored.
/// </summary>
internal sealed class OverrideKeys(CsvTable table, List<string> preferences)
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
