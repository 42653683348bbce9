using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MaGuide.Web.Data.Import;

/// <summary>Streams the rows of each worksheet of an xlsx workbook as text, the way Excel shows the cells' values.</summary>
internal static class XlsxRows
{
    public static IEnumerable<IEnumerable<(IReadOnlyList<string> Row, int Number)>> Sheets(string path)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(path, isEditable: false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw new ImportException($"{Path.GetFileName(path)}: not a readable xlsx workbook ({ex.Message})");
        }

        using (document)
        {
            var workbook = document.WorkbookPart ?? throw new ImportException($"{Path.GetFileName(path)}: workbook has no sheets");
            var shared = SharedStrings(workbook);
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Id?.Value is { } id && workbook.GetPartById(id) is WorksheetPart part)
                {
                    yield return Rows(part, shared);
                }
            }
        }
    }

    private static List<string> SharedStrings(WorkbookPart workbook) =>
        workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(ItemText).ToList() ?? [];

    private static IEnumerable<(IReadOnlyList<string> Row, int Number)> Rows(WorksheetPart part, List<string> shared)
    {
        using var reader = OpenXmlReader.Create(part);
        var number = 0;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement && reader.LoadCurrentElement() is Row row)
            {
                number = row.RowIndex?.Value is { } index ? (int)index : number + 1;
                yield return (Cells(row, shared), number);
            }
        }
    }

    private static List<string> Cells(Row row, List<string> shared)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
            while (cells.Count < column)
            {
                cells.Add("");
            }

            cells.Add(CellText(cell, shared));
        }

        return cells;
    }

    private static string CellText(Cell cell, List<string> shared)
    {
        var type = cell.DataType?.Value;
        var value = cell.CellValue?.Text ?? "";
        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : "";
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? ItemText(inline) : "";
        }

        return type == CellValues.Boolean ? (value == "1" ? "TRUE" : "FALSE") : value;
    }

    /// <summary>Text of a shared or inline string: plain, or the runs of rich text (phonetic hints left out).</summary>
    private static string ItemText(OpenXmlCompositeElement item) =>
        item.GetFirstChild<Text>()?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}
