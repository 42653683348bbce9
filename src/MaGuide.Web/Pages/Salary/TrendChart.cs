using MaGuide.Web.Queries;

namespace MaGuide.Web.Pages.Salary;

/// <summary>One national figure for a year, on the trend chart.</summary>
public sealed record TrendPoint(int Year, decimal Value, WageFigures Row);

/// <summary>
/// The pay-over-time chart: ONE statistic (the median, or the mean when more years have a mean) on a year axis where
/// each year gets the same width, so missing years show as gaps. Rows that lack the statistic are not plotted
/// (the page lists them beside the chart). Geometry is in SVG units designed for a 328 px wide screen (1 unit = 1 px there).
/// </summary>
public sealed class TrendChart
{
    public const double Width = 328;
    public const double Height = 188;
    private const double Left = 44;
    private const double Right = 6;
    private const double Top = 10;
    private const double Bottom = 160;

    private TrendChart(string statistic, IReadOnlyList<TrendPoint> points, IReadOnlyList<WageFigures> notPlotted)
    {
        Statistic = statistic;
        Points = points;
        NotPlotted = notPlotted;
        FirstYear = points.Count > 0 ? points.Min(p => p.Year) : 0;
        LastYear = points.Count > 0 ? points.Max(p => p.Year) : 0;
        var top = points.Count > 0 ? points.Max(p => p.Value) : 0m;
        var step = top > 60_000m ? 20_000m : 10_000m;
        Ceiling = Math.Max(step, Math.Ceiling(top / step) * step);
        YTicks = [.. Enumerable.Range(0, (int)(Ceiling / step) + 1).Select(i => i * step)];
    }

    /// <summary>"median" or "mean": the one statistic every bar shows.</summary>
    public string Statistic { get; }

    /// <summary>The plotted years, oldest first.</summary>
    public IReadOnlyList<TrendPoint> Points { get; }

    /// <summary>National rows with a year but without the plotted statistic (e.g. a year reported only as a mean).</summary>
    public IReadOnlyList<WageFigures> NotPlotted { get; }

    public int FirstYear { get; }

    public int LastYear { get; }

    /// <summary>The top of the value axis, in dollars a year.</summary>
    public decimal Ceiling { get; }

    /// <summary>Value-axis gridlines, in dollars a year, from 0.</summary>
    public IReadOnlyList<decimal> YTicks { get; }

    public double BaseLine => Bottom;

    /// <summary>Width of one year on the axis.</summary>
    public double YearWidth => (Width - Left - Right) / Math.Max(1, LastYear - FirstYear + 1);

    public double BarWidth => Math.Min(YearWidth * 0.7, 24);

    public double PlotLeft => Left;

    public double PlotRight => Width - Right;

    /// <summary>The centre of a year's slot.</summary>
    public double X(int year) => Left + ((year - FirstYear) + 0.5) * YearWidth;

    public double Y(decimal value) => Bottom - (double)(value / Ceiling) * (Bottom - Top);

    /// <summary>Years labelled under the axis: the first, the last, and round years in between that leave room for the text.</summary>
    public IReadOnlyList<int> YearLabels
    {
        get
        {
            var labels = new List<int> { FirstYear };
            foreach (var year in Enumerable.Range(FirstYear + 1, Math.Max(0, LastYear - FirstYear - 1)).Where(y => y % 5 == 0))
            {
                if ((X(year) - X(labels[^1])) >= 36 && (X(LastYear) - X(year)) >= 36)
                {
                    labels.Add(year);
                }
            }

            if (LastYear != FirstYear)
            {
                labels.Add(LastYear);
            }

            return labels;
        }
    }

    /// <summary>Builds the chart from national rows (one per period), choosing the statistic most years share; a tie keeps the median.</summary>
    public static TrendChart From(IEnumerable<WageFigures> rows)
    {
        var dated = rows.Where(r => r.Year is not null).ToList();
        var medians = dated.Count(r => r.AnnualMedian is not null);
        var means = dated.Count(r => r.AnnualMean is not null);
        var statistic = means > medians ? "mean" : "median";
        decimal? Value(WageFigures r) => statistic == "median" ? r.AnnualMedian : r.AnnualMean;
        var points = dated.Where(r => Value(r) is not null)
            .Select(r => new TrendPoint(r.Year!.Value, Value(r)!.Value, r))
            .OrderBy(p => p.Year)
            .ToList();
        return new TrendChart(statistic, points, [.. dated.Where(r => Value(r) is null).OrderBy(r => r.Year)]);
    }

    /// <summary>Pay in thousands for an axis or tile label: $45k.</summary>
    public static string InThousands(decimal value) => "$" + Math.Round(value / 1000m).ToString("0", Infrastructure.Formats.Culture) + "k";
}
