namespace MaGuide.Web.Data.Import;

/// <summary>
/// A row read from a BLS file, ready for a content table. <paramref name="NameAliases"/> are other spellings of the
/// place or industry (e.g. a metro name without its state suffix) under which another source may have filed it.
/// </summary>
internal sealed record ImportedRow(TableSpec Table, IReadOnlyDictionary<string, string> Cells, IReadOnlyList<string> NameAliases);

/// <summary>
/// Everything one BLS file gives: its source row, its rows, and what was read and skipped, in words.
/// <see cref="IsPart"/> marks one file of a table BLS split into parts: its rows are added and updated, but the
/// source's rows it does not hold (they came from another part) are kept.
/// </summary>
internal sealed record ImportBatch(Source Source, IReadOnlyList<TableSpec> Tables, IReadOnlyList<ImportedRow> Rows, IReadOnlyList<string> Report)
{
    public bool IsPart { get; init; }

    /// <summary>The downloaded file's name, recorded in the source's <c>retrieved</c> note.</summary>
    public string FileName { get; init; } = "";
}
