using MaGuide.Web.Data;

namespace MaGuide.Web.Queries;

/// <summary>A source and how many rows of each table rest on it.</summary>
public sealed record SourceUsage(SourceRef Source, string Retrieved, string Note, IReadOnlyDictionary<string, int> RowsByTable)
{
    public int TotalRows => RowsByTable.Values.Sum();
}

public sealed class SourcesQuery(IDbContextFactory<MaGuideDb> factory, StoreMemo memo)
{
    public Task<IReadOnlyList<SourceUsage>> AllAsync(CancellationToken ct) => memo.GetAsync("SourcesQuery.AllAsync", LoadAllAsync, ct);

    private async Task<IReadOnlyList<SourceUsage>> LoadAllAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var sources = await db.Sources.ToListAsync(ct);
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        void Count(string table, IEnumerable<string?> ids)
        {
            foreach (var id in ids.OfType<string>())
            {
                if (!counts.TryGetValue(id, out var byTable))
                {
                    counts[id] = byTable = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                byTable[table] = byTable.GetValueOrDefault(table) + 1;
            }
        }

        Count("pay figures", await db.WageEstimates.Select(w => w.SourceId).ToListAsync(ct));
        Count("metro pay", await db.MetroWages.Select(w => w.SourceId).ToListAsync(ct));
        Count("pay by setting", await db.IndustryWages.Select(w => w.SourceId).ToListAsync(ct));
        Count("projections", await db.Projections.Select(p => p.SourceId).ToListAsync(ct));
        Count("state scope rules", await db.ScopeRules.Select(r => r.SourceId).ToListAsync(ct));
        Count("role facts", await db.RoleFacts.Select(f => f.SourceId).ToListAsync(ct));
        Count("roles", await db.Roles.Select(r => r.SourceId).ToListAsync(ct));
        Count("medical boards", await db.Areas.Select(a => a.BoardSourceId).ToListAsync(ct));
        Count("price levels", await db.PriceParities.Select(p => p.SourceId).ToListAsync(ct));

        return [.. sources
            .Select(s => new SourceUsage(SourceRef.From(s), s.Retrieved, s.Note, counts.GetValueOrDefault(s.Id) ?? new Dictionary<string, int>()))
            .OrderBy(s => s.Source.Publisher, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Source.Title, StringComparer.OrdinalIgnoreCase)];
    }
}
