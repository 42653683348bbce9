using CsvHelper;
using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Data;

/// <summary>
/// One CSV file read with CsvHelper into rows that remember their line, with typed getters that report
/// <c>file:line: message</c> instead of throwing.
/// </summary>
public sealed class CsvTable
{
    private readonly List<ContentProblem> problems;

    private CsvTable(string displayPath, IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows, List<ContentProblem> problems)
    {
        DisplayPath = displayPath;
        Header = header;
        Rows = rows;
        this.problems = problems;
    }

    /// <summary>Adds a problem about the table as a whole (e.g. a state missing from it) at <paramref name="line"/>.</summary>
    public void Problem(int line, string message) => problems.Add(new(DisplayPath, line, message));

    public string DisplayPath { get; }

    /// <summary>The column names, in file order.</summary>
    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>Reads the file at <paramref name="path"/>; see <see cref="Read(byte[], string, IReadOnlyList{string}, List{ContentProblem}, string)"/>.</summary>
    public static CsvTable? Read(string path, string displayPath, IReadOnlyList<string> requiredColumns, List<ContentProblem> problems, string missing = "file is missing") =>
        Read(File.Exists(path) ? File.ReadAllBytes(path) : null, displayPath, requiredColumns, problems, missing);

    /// <summary>
    /// Reads a file's bytes (null: the file is missing, reported as <paramref name="missing"/>); null (with a problem)
    /// if it is missing, not UTF-8, or lacks a required column. A row whose field count differs from the header's is
    /// reported (expected and found counts) and left out; a quote that is never closed is reported on the line where it
    /// opens. This is the one reader of content/data files; <see cref="Import.ContentTable"/> writes them.
    /// </summary>
    public static CsvTable? Read(byte[]? bytes, string displayPath, IReadOnlyList<string> requiredColumns, List<ContentProblem> problems, string missing = "file is missing")
    {
        if (bytes is null)
        {
            problems.Add(new(displayPath, 0, missing));
            return null;
        }

        if (EditorText.Decode(bytes, displayPath, problems) is not { } text)
        {
            return null;
        }

        var rows = new List<CsvRow>();
        try
        {
            using var csv = new CsvReader(new StringReader(text), ContentCsv.Reading);
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
            {
                problems.Add(new(displayPath, 1, "file has no header line"));
                return null;
            }

            var absent = requiredColumns.Where(c => !header.Contains(c)).ToList();
            if (absent.Count > 0)
            {
                problems.Add(new(displayPath, 1, $"missing column{(absent.Count > 1 ? "s" : "")} {string.Join(", ", absent)}"));
                return null;
            }

            var table = new CsvTable(displayPath, header, rows, problems);
            var previousEnd = csv.Parser.RawRow;
            while (csv.Read())
            {
                var raw = csv.Parser.RawRecord;
                var spans = raw.TrimEnd('\r', '\n').Count(c => c == '\n') + 1;
                // A record over several lines starts on the line after the one before it ended.
                var line = spans == 1 ? csv.Parser.RawRow : previousEnd + 1;
                previousEnd = csv.Parser.RawRow;
                // A later line that looks like a whole row inside this one means a quote was never closed.
                if (spans > 1 && raw.Split('\n').Skip(1).Any(l => l.Count(c => c == ',') >= header.Length - 1))
                {
                    problems.Add(new(displayPath, line, $"a quote opened on this line is never closed, so the next {spans - 1} lines were read as part of this row; close the quote"));
                    continue;
                }

                if (csv.Parser.Count != header.Length)
                {
                    problems.Add(new(displayPath, line, FieldCountMessage(csv.Parser.Count, header.Length)));
                    continue;
                }

                var fields = new Dictionary<string, string>(StringComparer.Ordinal);
                var cells = new string[header.Length];
                for (var i = 0; i < header.Length; i++)
                {
                    cells[i] = csv.GetField(i) ?? "";
                    fields[header[i]] = cells[i].Trim();
                }

                rows.Add(new CsvRow(table, line, fields, problems) { Cells = cells });
                WarnOnReaderWords(displayPath, line, fields, problems);
            }

            return table;
        }
        catch (CsvHelperException ex)
        {
            problems.Add(new(displayPath, ex.Context?.Parser?.RawRow ?? 0, $"cannot read CSV: {ex.Message.Split('\n')[0].Trim()}"));
            return null;
        }
    }

    /// <summary>Every field a reader may see (all but addresses) is checked for pipeline words, British spellings and placeholders ("n/a"); each is a warning.</summary>
    private static void WarnOnReaderWords(string displayPath, int line, IReadOnlyDictionary<string, string> fields, List<ContentProblem> problems)
    {
        foreach (var (column, value) in fields.Where(f => !ReaderWords.IsAddressColumn(f.Key)))
        {
            if (ReaderWords.FindPipelineWords(value) is { } found)
            {
                problems.Add(new(displayPath, line, ReaderWords.Warning(column, found), ProblemSeverity.Warning));
            }

            if (UsSpelling.FindBritish(value) is [var british, ..])
            {
                problems.Add(new(displayPath, line, UsSpelling.Warning(column, british), ProblemSeverity.Warning));
            }

            if (ReaderWords.IsPlaceholder(value))
            {
                problems.Add(new(displayPath, line, ReaderWords.PlaceholderWarning(column, value), ProblemSeverity.Warning));
            }
        }
    }

    private static string FieldCountMessage(int found, int expected) =>
        found > expected
            ? $"row has {found} fields but the header has {expected} columns; put text holding a comma in double quotes, or remove the extra comma"
            : $"row has {found} fields but the header has {expected} columns; add the missing commas (an empty value still needs its comma)";
}
