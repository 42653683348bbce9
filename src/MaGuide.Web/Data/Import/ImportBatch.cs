namespace MaGuide.Web.Data.Import;

/// <summary>
/// A row read from a BLS file, ready for a content table. <paramref name="NameAliases"/> are other spellings of the
/// place or industry (e.g. a metro name without its state suffix) under which another source may have filed it.
/// </summary>
internal sealed record ImportedRow(TableSpec Table, IReadOnlyDictionary<string, string> Cells, IReadOnlyList<string> NameAliases);

/// <summary>Everything one BLS file gives: its source row, its rows, and what was read and skipped, in words.</summary>
internal sealed record ImportBatch(Source Source, IReadOnlyList<TableSpec> Tables, IReadOnlyList<ImportedRow> Rows, IReadOnlyList<string> Report);
