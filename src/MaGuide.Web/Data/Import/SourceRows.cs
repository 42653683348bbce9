namespace MaGuide.Web.Data.Import;

/// <summary>
/// Keeps an imported file's row in sources.csv: added once, its retrieval note renewed only when the data changed.
/// For a table BLS split into parts, the note names every part imported: one "imported from FILE on DATE" each.
/// </summary>
internal static class SourceRows
{
    public static void Upsert(ContentTable sources, ImportBatch batch, bool dataChanged)
    {
        var source = batch.Source;
        if (sources.Rows.FirstOrDefault(r => sources.Get(r, "id") == source.Id) is { } existing)
        {
            if (dataChanged)
            {
                // An editor may have reworded the title or note; only what the import knows better is renewed.
                sources.Set(existing, "period", source.Period);
                sources.Set(existing, "retrieved", batch.IsPart ? WithPart(sources.Get(existing, "retrieved"), batch.FileName, source.Retrieved) : source.Retrieved);
            }

            return;
        }

        sources.Rows.Add(sources.NewRow(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["id"] = source.Id,
            ["kind"] = source.Kind,
            ["title"] = source.Title,
            ["publisher"] = source.Publisher,
            ["url"] = source.Url,
            ["period"] = source.Period,
            ["retrieved"] = source.Retrieved,
            ["note"] = source.Note,
        }));
        var sorted = sources.Rows.OrderBy(r => sources.Get(r, "id"), StringComparer.Ordinal).ToList();
        sources.Rows.Clear();
        sources.Rows.AddRange(sorted);
    }

    /// <summary>The earlier parts' notes kept, this part's note replaced or added, in file-name order.</summary>
    private static string WithPart(string retrieved, string fileName, string note)
    {
        var parts = retrieved.Split("; ", StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p.StartsWith("imported from ", StringComparison.Ordinal) && !p.StartsWith($"imported from {fileName} ", StringComparison.Ordinal))
            .Append(note)
            .Order(StringComparer.Ordinal);
        return string.Join("; ", parts);
    }
}
