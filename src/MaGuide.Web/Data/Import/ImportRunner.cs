using CsvHelper;
using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Data.Import;

/// <summary>
/// The steps every BLS import shares: read the file, merge its rows and its source into content/data,
/// print what changed (including the headline figures readers will see, per <see cref="ImportHeadlines"/>), then
/// write the changed tables. A file it cannot use changes nothing.
/// </summary>
internal static class ImportRunner
{
    public static int Run(string file, ContentPaths paths, TextWriter output, DateOnly today, Func<string, ImportContext, ImportBatch> read)
    {
        try
        {
            var batch = read(file, ImportContext.Load(paths, today));
            var before = ImportHeadlines.Read(paths, "before the import");
            var tables = batch.Tables
                .Select(spec => (Table: ContentTable.Load(Path.Combine(paths.Data, spec.FileName)), Spec: spec))
                .ToList();
            foreach (var (table, spec) in tables)
            {
                ContentMerge.Apply(table, spec, batch.Source.Id, batch.Rows.Where(r => r.Table == spec).ToList(), keepUnmatched: batch.IsPart);
            }

            var sources = ContentTable.Load(paths.SourcesCsv);
            SourceRows.Upsert(sources, batch, dataChanged: tables.Any(t => ImportSummary.ChangedRows(t.Table) > 0));
            // A metro added under its BLS title is placed in the states the title names, so check still passes.
            var metroStates = MetroStateRows.Fill(paths, tables, batch.Source.Id);
            var changed = tables.Select(t => t.Table).Append(sources).Append(metroStates).OfType<ContentTable>().Where(t => ImportSummary.ChangedRows(t) > 0).ToList();
            var after = changed.Count == 0 ? before : ImportHeadlines.ReadWith(paths, changed, "after the import");
            Print(output, file, batch, tables, sources, (before, after));
            if (metroStates is not null && ImportSummary.ChangedRows(metroStates) > 0)
            {
                output.WriteLine(ImportSummary.CountsLine(metroStates) + " (metros placed in the states their BLS title names)");
            }

            Save(output, changed);
            return 0;
        }
        catch (Exception ex) when (ex is ImportException or CsvHelperException)
        {
            output.WriteLine(ex is CsvHelperException csv ? $"{Path.GetFileName(file)}: cannot read CSV: {csv.Message.Split('\n')[0]}" : ex.Message);
            output.WriteLine("Nothing was written.");
            return 1;
        }
    }

    private static void Print(TextWriter output, string file, ImportBatch batch, List<(ContentTable Table, TableSpec Spec)> tables, ContentTable sources,
        (ImportHeadlines.Snapshot Before, ImportHeadlines.Snapshot After) headline)
    {
        var (before, after) = headline;
        output.WriteLine($"Importing {Path.GetFileName(file)} as source {batch.Source.Id} ({batch.Source.Period})");
        foreach (var line in batch.Report)
        {
            output.WriteLine($"  {line}");
        }

        foreach (var table in tables.Select(t => t.Table).Append(sources))
        {
            output.WriteLine(ImportSummary.CountsLine(table));
        }

        var changes = ImportSummary.LargestFigureChanges(tables, batch.Source.Id).ToList();
        output.WriteLine(changes.Count == 0 ? "No figure from this source changed." : "Largest changes in this source's figures:");
        foreach (var change in changes)
        {
            output.WriteLine($"  {change}");
        }

        if (before.Figures is null || after.Figures is null)
        {
            output.WriteLine($"Headline figures not compared: {(before.Figures is null ? before.Problem : after.Problem)}.");
            return;
        }

        var headlines = ImportHeadlines.Changes(before.Figures, after.Figures).ToList();
        output.WriteLine(headlines.Count == 0 ? "No headline figure (what readers see first) changed." : "Headline figures (what readers see first) that changed:");
        foreach (var change in headlines)
        {
            output.WriteLine($"  {change}");
        }
    }

    private static void Save(TextWriter output, IEnumerable<ContentTable> tables)
    {
        // A table with no added, changed or removed row is not rewritten, so its bytes stay as the editor left them.
        var written = tables.Where(t => t.SaveIfChanged()).Select(t => t.FileName).ToList();
        output.WriteLine(written.Count == 0
            ? "No file changed."
            : $"Wrote {string.Join(", ", written)}. Run check, then review and commit the changes.");
    }
}
