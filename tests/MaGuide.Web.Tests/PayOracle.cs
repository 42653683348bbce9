using MaGuide.Web.Data;
using MaGuide.Web.Data.Trust;

namespace MaGuide.Web.Tests;

/// <summary>
/// Medical assistant pay worked out by the tests from the CSV rows (with their computed tiers), without the site's
/// selection code: each state's headline, the best figure of one statistic, and the like-with-like figure the
/// pay-by-state rankings and map compare.
/// </summary>
public static class PayOracle
{
    private static readonly string[] Statistics = ["median", "mean"];

    private static IEnumerable<WageEstimate> Rows(string code) =>
        ComputedData.Site.Wages.Where(r => r.RoleSlug == "medical-assistant" && r.AreaCode == code);

    /// <summary>The annual figure of "median" or "mean" in a row.</summary>
    public static decimal? Of(WageEstimate row, string statistic) => statistic == "median" ? row.AnnualMedian : row.AnnualMean;

    /// <summary>The state's headline: among preferred rows with a period and a typical figure, the highest tier, then the newest.</summary>
    public static WageEstimate? Headline(string code) => Trust.Headline(
        Rows(code).Where(r => r.Preferred && r.Period.Length > 0 && (r.AnnualMedian ?? r.AnnualMean) is not null), r => r.Tier, r => r.Year);

    /// <summary>The best row giving <paramref name="statistic"/> (in <paramref name="period"/>, if given): tier, newest, preferred, file order.</summary>
    public static WageEstimate? Best(string code, string statistic, string? period = null) =>
        Rows(code).Where(r => Of(r, statistic) is not null && (period is null || r.Period == period))
            .OrderByDescending(r => r.Tier).ThenByDescending(r => r.Year ?? int.MinValue).ThenByDescending(r => r.Preferred).ThenBy(r => r.Id)
            .FirstOrDefault();

    /// <summary>The period and statistic the most states hold in some row (ties: newer, then median).</summary>
    public static (string Period, string Statistic) CommonKind
    {
        get
        {
            var states = ComputedData.Site.Areas.Where(a => a.IsState && Headline(a.Code) is not null).Select(a => a.Code).ToList();
            return states
                .SelectMany(code => Rows(code).SelectMany(r => Statistics.Where(s => Of(r, s) is not null).Select(s => (r.Period, Statistic: s, Code: code, r.Year))))
                .GroupBy(k => (k.Period, k.Statistic))
                .OrderByDescending(g => g.Select(k => k.Code).Distinct().Count()).ThenByDescending(g => g.First().Year ?? 0).ThenBy(g => g.Key.Statistic == "median" ? 0 : 1)
                .First().Key;
        }
    }

    /// <summary>The figure /salary/states shows and ranks for a state: of the common kind where it holds one, else its headline's typical figure.</summary>
    public static decimal Compared(string code)
    {
        var (period, statistic) = CommonKind;
        return Best(code, statistic, period) is { } row ? Of(row, statistic)!.Value : (Headline(code)!.AnnualMedian ?? Headline(code)!.AnnualMean)!.Value;
    }
}
