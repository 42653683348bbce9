using System.Text;
using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Data.Import;

/// <summary>One row of a content CSV: its cells now, and as they were read (null for a row the import added).</summary>
internal sealed class ContentRow(string[] cells, string[]? original)
{
    public string[] Cells { get; } = cells;

    public string[]? Original { get; } = original;

    public bool IsAdded => Original is null;

    public bool IsChanged => Original is not null && !Original.SequenceEqual(Cells, StringComparer.Ordinal);
}

/// <summary>A table of <c>content/data</c> read and written byte for byte in the files' own format (RFC 4180, <c>\n</c>).</summary>
internal sealed class ContentTable
{
    private ContentTable(string path, string[] header, List<ContentRow> rows, List<ContentRow> initial)
    {
        Path = path;
        Header = header;
        Rows = rows;
        Initial = initial;
    }

    public string Path { get; }

    public string FileName => System.IO.Path.GetFileName(Path);

    public string[] Header { get; }

    public List<ContentRow> Rows { get; }

    /// <summary>The rows as they were read, in file order, so removals can be counted.</summary>
    public IReadOnlyList<ContentRow> Initial { get; }

    /// <summary>
    /// Reads a table with the site's one CSV reader (<see cref="CsvTable"/>); the first error it reports (a missing
    /// file, a bad encoding, a row with the wrong number of fields, an unclosed quote) stops the import.
    /// </summary>
    public static ContentTable Load(string path)
    {
        var problems = new List<ContentProblem>();
        var table = CsvTable.Read(path, path, [], problems, "the table is missing");
        if (table is null || problems.Any(p => p.IsError))
        {
            throw new ImportException(problems.FirstOrDefault(p => p.IsError)?.ToString() ?? $"{path}: cannot read the table");
        }

        var rows = table.Rows.Select(r => new ContentRow([.. r.Cells], [.. r.Cells])).ToList();
        return new ContentTable(path, [.. table.Header], rows, [.. rows]);
    }

    public int Column(string name)
    {
        var index = Array.IndexOf(Header, name);
        return index >= 0 ? index : throw new ImportException($"{Path}: no column \"{name}\"");
    }

    public string Get(ContentRow row, string column) => row.Cells[Column(column)];

    public void Set(ContentRow row, string column, string value) => row.Cells[Column(column)] = value;

    /// <summary>A new row from named cells; a column the import does not fill stays empty.</summary>
    public ContentRow NewRow(IReadOnlyDictionary<string, string> cells)
    {
        var row = new ContentRow(new string[Header.Length], null);
        Array.Fill(row.Cells, "");
        foreach (var (column, value) in cells)
        {
            Set(row, column, value);
        }

        return row;
    }

    /// <summary>The table as text in the files' own format (<see cref="ContentCsv.Write"/>).</summary>
    public string ToCsv() => ContentCsv.Write(Header, Rows.Select(r => r.Cells));

    /// <summary>Writes the table if its bytes differ from the file; returns whether it wrote.</summary>
    public bool SaveIfChanged()
    {
        var bytes = new UTF8Encoding(false).GetBytes(ToCsv());
        if (File.Exists(Path) && File.ReadAllBytes(Path).AsSpan().SequenceEqual(bytes))
        {
            return false;
        }

        // Temp file in the same folder, then a rename: a reader never sees half a table.
        var temp = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Path)!, $".{FileName}.{Guid.NewGuid():n}.tmp");
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, Path, overwrite: true);
        return true;
    }
}
