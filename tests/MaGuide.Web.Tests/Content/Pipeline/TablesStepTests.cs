using AngleSharp.Html.Parser;
using MaGuide.Web.Content.Pipeline;

namespace MaGuide.Web.Tests.Content.Pipeline;

public sealed class TablesStepTests
{
    [Fact]
    public void A_markdown_table_takes_the_stacking_table_style_and_each_cell_its_columns_heading()
    {
        var guide = Steps.Run("| Certificate | Offered by |\n| --- | --- |\n| CMA (AAMA) | American Association of *Medical* Assistants |\n", new TablesStep(), new RenderStep());

        var table = new HtmlParser().ParseDocument(guide.Html).QuerySelector("table")!;
        Assert.Equal(["app-table", "app-table--stack"], table.ClassList.ToArray());
        Assert.Equal(["Certificate", "Offered by"], table.QuerySelectorAll("tbody td").Select(td => td.GetAttribute("data-label")!).ToArray());
        Assert.Empty(table.QuerySelectorAll("th[data-label]"));
    }

    [Fact]
    public void A_column_with_an_empty_heading_gets_no_label_so_its_cell_reads_as_the_records_title()
    {
        var guide = Steps.Run("| | MA | RN |\n| --- | --- | --- |\n| Training | About a year | A degree |\n", new TablesStep(), new RenderStep());

        var cells = new HtmlParser().ParseDocument(guide.Html).QuerySelectorAll("tbody td");
        Assert.Equal(["(none)", "MA", "RN"], cells.Select(td => td.GetAttribute("data-label") ?? "(none)").ToArray());
    }
}
