using MaGuide.Web.Pages.Salary;
using MaGuide.Web.Queries;

namespace MaGuide.Web.Tests.Pages;

/// <summary>Charts and the map never mix a median with a mean, or one period with another, on one scale.</summary>
public sealed class PayChartTests
{
    private static readonly SourceRef Source = new("s", "secondary", "A page", "A publisher", "https://example.org/", "");

    private static WageFigures Row(string area, int year, decimal? median = null, decimal? mean = null) => new()
    {
        Row = new()
        {
            RoleSlug = "medical-assistant",
            AreaCode = area,
            Period = $"May {year}",
            Year = year,
            AnnualMedian = median,
            AnnualMean = mean,
            SourceId = Source.Id,
        },
        Source = Source,
    };

    [Fact]
    public void The_trend_chart_plots_one_statistic_and_leaves_the_others_out()
    {
        var chart = TrendChart.From([Row("US", 2011, median: 29_100), Row("US", 2012, median: 29_370), Row("US", 2018, median: 33_610), Row("US", 2021, mean: 38_190)]);

        Assert.Equal("median", chart.Statistic);
        Assert.Equal([2011, 2012, 2018], chart.Points.Select(p => p.Year));
        Assert.Equal([2021], chart.NotPlotted.Select(r => r.Year!.Value));
    }

    [Fact]
    public void The_trend_chart_axis_is_proportional_to_time_so_missing_years_are_a_gap()
    {
        var chart = TrendChart.From([Row("US", 2011, median: 1), Row("US", 2012, median: 2), Row("US", 2018, median: 3)]);

        var oneYear = chart.X(2012) - chart.X(2011);
        Assert.Equal(6 * oneYear, chart.X(2018) - chart.X(2012), 6);
        Assert.True(oneYear > chart.BarWidth);
    }

    [Fact]
    public void The_trend_chart_picks_the_mean_only_when_more_years_have_a_mean()
    {
        var chart = TrendChart.From([Row("US", 2019, mean: 1), Row("US", 2020, mean: 2), Row("US", 2021, median: 3)]);

        Assert.Equal("mean", chart.Statistic);
        Assert.Equal([2019, 2020], chart.Points.Select(p => p.Year));
    }

    [Fact]
    public void The_map_colours_only_the_most_common_period_and_statistic_and_names_the_others()
    {
        var states = new[]
        {
            new StateWage("AL", "Alabama", Row("AL", 2023, median: 35_000)),
            new StateWage("AK", "Alaska", Row("AK", 2023, median: 50_000)),
            new StateWage("AZ", "Arizona", Row("AZ", 2023, median: 43_000)),
            new StateWage("SD", "South Dakota", Row("SD", 2019, mean: 36_000)),
            new StateWage("CA", "California", Row("CA", 2025, median: 49_000)),
        };

        var map = StatePayMap.From(states);

        Assert.Equal(("May 2023", "median"), (map.Period, map.Statistic));
        var tiles = map.Tiles.ToDictionary(t => t.Code);
        Assert.All(["AL", "AK", "AZ"], (string c) => Assert.Equal(TileKind.Band, tiles[c].Kind));
        Assert.Equal(TileKind.NotComparable, tiles["SD"].Kind);
        Assert.Equal(TileKind.NotComparable, tiles["CA"].Kind);
        Assert.Equal(TileKind.None, tiles["TX"].Kind);
        Assert.Equal(["May 2025 median", "May 2019 mean"], map.NotComparable);
        Assert.Equal(35_000, map.Bands[0].From);
        Assert.Equal(50_000, map.Bands[^1].To);
        Assert.True(tiles["AL"].Band < tiles["AK"].Band);
        Assert.Equal(51, map.Tiles.Count);
    }
}
