using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MaGuide.Web.Tests.Data.Import;

/// <summary>Writes small tables the way BLS publishes them: xlsx workbooks (shared or inline strings, numeric cells) and CSV or tab-separated text.</summary>
public static class SheetFiles
{
    public static string Xlsx(string folder, string name, params (string Sheet, string[][] Rows)[] sheets) =>
        Xlsx(folder, name, inlineStrings: false, sheets);

    public static string Xlsx(string folder, string name, bool inlineStrings, params (string Sheet, string[][] Rows)[] sheets)
    {
        var path = Path.Combine(folder, name);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        var shared = new List<string>();
        uint id = 1;
        foreach (var (sheetName, rows) in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(new SheetData(rows.Select((row, r) => Row(row, r + 1, shared, inlineStrings))));
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheetName });
        }

        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable(shared.Select(s => new SharedStringItem(new Text(s))));
        return path;
    }

    public static string Text(string folder, string name, string[][] rows, string delimiter = ",")
    {
        var path = Path.Combine(folder, name);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter });
        foreach (var row in rows)
        {
            foreach (var field in row)
            {
                csv.WriteField(field);
            }

            csv.NextRecord();
        }

        return path;
    }

    // An empty value leaves the cell out, as Excel does, so readers must place cells by their reference.
    private static Row Row(string[] values, int number, List<string> shared, bool inlineStrings) =>
        new(values.Select((value, c) => (value, c)).Where(x => x.value.Length > 0)
            .Select(x => Cell(x.value, $"{ColumnName(x.c)}{number}", shared, inlineStrings)))
        { RowIndex = (uint)number };

    private static string ColumnName(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));

    private static Cell Cell(string value, string reference, List<string> shared, bool inlineStrings)
    {
        if (decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return new Cell { CellReference = reference, CellValue = new CellValue(number) };
        }

        if (inlineStrings)
        {
            return new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) };
        }

        shared.Add(value);
        return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(shared.Count - 1) };
    }
}
