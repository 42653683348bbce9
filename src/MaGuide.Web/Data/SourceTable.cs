using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data.Schema;

namespace MaGuide.Web.Data;

/// <summary>
/// The sources table read once (<see cref="Tables.Sources"/>): the valid rows by id, and whether the file had an
/// error. The data reader and the guide loader both take it, so <c>check</c> reads sources.csv once.
/// </summary>
public sealed record SourceTable(IReadOnlyDictionary<string, Source> ById, bool HasErrors)
{
    /// <summary>Reads sources.csv from <paramref name="bytes"/> (or from disk when null); problems are added as <c>file:line: message</c>.</summary>
    public static SourceTable Read(ContentPaths paths, List<ContentProblem> problems, byte[]? bytes = null)
    {
        var errorsBefore = problems.Count(p => p.IsError);
        bytes ??= File.Exists(paths.SourcesCsv) ? File.ReadAllBytes(paths.SourcesCsv) : null;
        var table = CsvTable.Read(bytes, paths.Display(paths.SourcesCsv), [.. Tables.Sources.Columns.Where(c => c.InHeader).Select(c => c.Name)], problems, "sources table is missing");
        var rows = Tables.Sources.Read(table, new TableKeys(), []);
        return new SourceTable(rows.ToDictionary(s => s.Id, StringComparer.Ordinal), problems.Count(p => p.IsError) > errorsBefore);
    }
}
