using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace MaGuide.Web.Content.Pipeline;

/// <summary>
/// Step 9: a guide's Markdown tables take the site's table style and stack on a phone, as the data pages' tables do
/// (site.css, <c>app-table--stack</c>: below 40rem each row is a record of "heading: value" lines). Each body cell
/// gets its column's heading as <c>data-label</c>; a column with an empty heading (a row-title column) gets none, so
/// its cell shows as the record's title. Without this a table of three or four worded columns was wider than a 360 px
/// screen and scrolled sideways with nothing to say so.
/// </summary>
public sealed class TablesStep : IGuideStep
{
    public void Run(GuideDraft guide)
    {
        foreach (var table in guide.Document.Descendants<Table>())
        {
            table.GetAttributes().AddClass("app-table app-table--stack");
            var rows = table.OfType<TableRow>().ToList();
            var headings = rows.FirstOrDefault(r => r.IsHeader)?.OfType<TableCell>().Select(Text).ToList() ?? [];
            foreach (var row in rows.Where(r => !r.IsHeader))
            {
                var column = 0;
                foreach (var cell in row.OfType<TableCell>())
                {
                    if (column < headings.Count && headings[column].Length > 0)
                    {
                        cell.GetAttributes().AddProperty("data-label", headings[column]);
                    }

                    column += Math.Max(1, cell.ColumnSpan);
                }
            }
        }
    }

    private static string Text(TableCell cell) =>
        string.Concat(cell.Descendants<ParagraphBlock>().Select(p => GuideText.Plain(p.Inline))).Trim();
}
