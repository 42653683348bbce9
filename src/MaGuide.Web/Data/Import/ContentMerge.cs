namespace MaGuide.Web.Data.Import;

/// <summary>
/// Puts a source's rows into a table: replaces that source's earlier rows and files the other sources' rows for
/// the same place or industry under the imported spelling. Which row is preferred is computed from the sources'
/// trust tiers when the data is read (see content/data/README.md), so an official import wins without a flag.
/// </summary>
internal static class ContentMerge
{
    /// <summary>
    /// Merges <paramref name="rows"/> of source <paramref name="sourceId"/> into <paramref name="table"/>. With
    /// <paramref name="keepUnmatched"/> (one part of a split BLS table) the source's earlier rows this file does not
    /// hold came from another part, so they stay.
    /// </summary>
    public static void Apply(ContentTable table, TableSpec spec, string sourceId, IReadOnlyList<ImportedRow> rows, bool keepUnmatched = false)
    {
        var own = table.Rows.Where(r => table.Get(r, "source_id") == sourceId).ToLookup(r => spec.Key(table, r));
        var reused = new HashSet<ContentRow>();
        var imported = new Dictionary<string, ImportedRow>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var cells = table.NewRow(row.Cells).Cells;
            var key = spec.Key(table, cells);
            if (!imported.TryAdd(key, row))
            {
                continue;
            }

            if (own[key].FirstOrDefault(r => !reused.Contains(r)) is { } earlier)
            {
                cells.CopyTo(earlier.Cells, 0);
                reused.Add(earlier);
            }
            else
            {
                table.Rows.Add(new ContentRow(cells, null));
            }
        }

        if (!keepUnmatched)
        {
            table.Rows.RemoveAll(r => r.Original is not null && table.Get(r, "source_id") == sourceId && !reused.Contains(r));
        }

        foreach (var other in table.Rows.Where(r => table.Get(r, "source_id") != sourceId))
        {
            if (Match(table, spec, other, imported) is { } match)
            {
                FileUnderImportedName(table, spec, other, match);
            }
        }

        // A table the import did not change keeps its bytes: an editor's row order is only redone when rows moved in.
        if (ImportSummary.ChangedRows(table) > 0)
        {
            spec.Sort(table, sourceId);
        }
    }

    /// <summary>The imported row with the same key, or the one row whose name or alias matches ignoring case.</summary>
    private static ImportedRow? Match(ContentTable table, TableSpec spec, ContentRow row, Dictionary<string, ImportedRow> imported)
    {
        if (imported.TryGetValue(spec.Key(table, row), out var exact))
        {
            return exact;
        }

        var name = table.Get(row, spec.NameColumn);
        var candidates = imported.Values
            .Where(i => spec.KeyColumns.Where(c => c != spec.NameColumn).All(c => i.Cells[c] == table.Get(row, c)))
            .Where(i => i.NameAliases.Prepend(i.Cells[spec.NameColumn]).Contains(name, StringComparer.OrdinalIgnoreCase))
            .Take(2)
            .ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static void FileUnderImportedName(ContentTable table, TableSpec spec, ContentRow row, ImportedRow preferred)
    {
        var name = table.Get(row, spec.NameColumn);
        var importedName = preferred.Cells[spec.NameColumn];
        if (name != importedName)
        {
            // Same place or industry spelled another way: file it under the BLS name so the group holds together,
            // keeping the name the source printed unless the note already records it.
            table.Set(row, spec.NameColumn, importedName);
            if (!table.Get(row, "note").Contains("name as printed:", StringComparison.Ordinal))
            {
                AppendNote(table, row, $"{spec.NameColumn.Replace('_', ' ')} as printed: \"{name}\"");
            }
        }
    }

    private static void AppendNote(ContentTable table, ContentRow row, string sentence)
    {
        var note = table.Get(row, "note");
        if (!note.Contains(sentence, StringComparison.Ordinal))
        {
            table.Set(row, "note", note.Length == 0 ? sentence : $"{note} | {sentence}");
        }
    }
}
