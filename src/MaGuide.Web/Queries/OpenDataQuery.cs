using MaGuide.Web.Data;
using MaGuide.Web.Data.Schema;

namespace MaGuide.Web.Queries;

/// <summary>
/// The open downloads: /data/{table}.csv is the content/data file the store was built from, byte for byte (kept in
/// the store's DataFiles table); /data/{table}.json is the store's rows with the file's columns plus computed ones.
/// </summary>
public sealed class OpenDataQuery(IDbContextFactory<MaGuideDb> factory, StoreMemo memo)
{
    /// <summary>A table: the first <paramref name="FileColumns"/> columns are those of the CSV in content/data; the rest are computed (tier, preferred, confidence).</summary>
    public sealed record Table(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, int FileColumns);

    /// <summary>The table's sentence for the open-data page (from its schema); empty for an unknown name.</summary>
    public static string Describe(string table) => Tables.BySlug(table)?.Description ?? "";

    /// <summary>The CSV file name a download slug stands for: <c>role-facts</c> → <c>role_facts.csv</c>.</summary>
    public static string FileName(string table) => Tables.BySlug(table)?.FileName ?? table.Replace('-', '_') + ".csv";

    /// <summary>
    /// The bytes of <c>content/data/{file}.csv</c> as the store was built from them; null for a name that is not an
    /// open-data table or a file the store does not hold.
    /// </summary>
    public Task<byte[]?> GetFileAsync(string table, CancellationToken ct) => memo.GetAsync($"OpenDataQuery.GetFileAsync:{table}", c => LoadGetFileAsync(table, c), ct);

    private async Task<byte[]?> LoadGetFileAsync(string table, CancellationToken ct)
    {
        if (Tables.BySlug(table) is null)
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
        if (Tables.BySlug(name) is not { } schema)
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await schema.DownloadRowsAsync(db, ct);
        return new(name, [.. schema.Columns.Select(c => c.Name), .. schema.ComputedColumns], rows, schema.Columns.Count);
    }
}
