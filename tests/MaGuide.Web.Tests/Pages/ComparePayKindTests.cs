using System.Text.RegularExpressions;

namespace MaGuide.Web.Tests.Pages;

/// <summary>
/// Role comparisons set like beside like: a role's page shows both roles' pay of one period and statistic wherever the
/// two roles share one, and a table whose figures still differ in kind says so (issue: "/compare/cna set a May 2023
/// median beside a May 2019 mean in a row labelled median").
/// </summary>
[Collection(SiteTests.Name)]
public sealed partial class ComparePayKindTests(SiteFactory site)
{
    public static TheoryData<string> OtherRoles() =>
        [.. CsvRows.Content("roles.csv").Select(r => r["slug"]).Where(s => s != "medical-assistant")];

    /// <summary>The kinds (period, statistic of its typical figure) a role's national rows hold, from the CSV.</summary>
    private static HashSet<(string Period, string Statistic)> Kinds(string role) =>
        [.. ComputedData.Site.Wages.Where(r => r.RoleSlug == role && r.AreaCode == "US" && r.Period.Length > 0 && (r.AnnualMedian ?? r.AnnualMean) is not null)
            .Select(r => (r.Period, r.AnnualMedian is not null ? "median" : "mean"))];

    [Theory, MemberData(nameof(OtherRoles))]
    public async Task A_role_page_sets_pay_of_one_kind_side_by_side_wherever_both_roles_hold_one(string role)
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync($"/compare/{role}"));
        var cells = page.QuerySelectorAll("#role-compare td[data-figure^=pay-]").Select(c => PayKind().Match(c.TextContent)).ToList();

        Assert.Equal(2, cells.Count);
        var shared = Kinds("medical-assistant").Intersect(Kinds(role)).Any();
        if (shared)
        {
            Assert.All(cells, c => Assert.True(c.Success, "a pay cell names no statistic and period"));
            Assert.Equal(cells[0].Value, cells[1].Value);
            Assert.Null(page.QuerySelector("#role-compare-pay-kinds"));
        }
        else if (cells.All(c => c.Success) && cells[0].Value != cells[1].Value)
        {
            Assert.NotNull(page.QuerySelector("#role-compare-pay-kinds"));
        }

        Assert.DoesNotContain("Median pay", page.QuerySelector("#role-compare")!.TextContent, StringComparison.Ordinal);
        var growth = page.QuerySelectorAll("#role-compare tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Projected growth")
            .QuerySelectorAll("td").Select(td => GrowthPeriod().Match(td.TextContent).Value).Where(v => v.Length > 0).ToList();
        Assert.Equal(growth.Distinct().Count() > 1, page.QuerySelector("#role-compare-growth-periods") is not null);
    }

    [Fact]
    public async Task The_all_roles_table_says_its_pay_figures_differ_in_kind()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/compare"));
        var kinds = page.QuerySelectorAll("#compare-table td[data-figure^=pay-]").Select(c => PayKind().Match(c.TextContent).Value).Where(v => v.Length > 0).Distinct().ToList();

        Assert.True(kinds.Count > 1, "every role's headline pay is already of one kind; this test checks nothing");
        Assert.Contains("different kinds", page.QuerySelector("#compare-table caption")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("National pay", page.QuerySelector("#compare-table thead")!.TextContent, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"from \d{4} to \d{4}")]
    private static partial Regex GrowthPeriod();

    /// <summary>"(median, May 2023" in a pay cell: the statistic and the period.</summary>
    [GeneratedRegex(@"\((?:median|mean), May \d{4}")]
    private static partial Regex PayKind();
}
