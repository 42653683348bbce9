using System.Globalization;
using System.Net;

namespace MaGuide.Web.Tests.Pages;

/// <summary>The table on /salary/states, sorted by links: the order a reader sees, read from the cells.</summary>
[Collection(SiteTests.Name)]
public sealed class StateTableSortTests(SiteFactory site)
{
    [Theory]
    [InlineData("/salary/states?sort=pay")]
    [InlineData("/salary/states?sort=employment")]
    [InlineData("/salary/states?sort=%3Cscript%3E")]
    public async Task The_state_table_sorts_by_link_and_ignores_unknown_sorts(string path)
    {
        var response = await site.CreateReader().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        var rows = page.QuerySelectorAll("#states-table tbody tr").ToList();
        Assert.NotEmpty(rows);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The order itself, read from the cells a reader sees: a sort that does nothing must fail here.
        var names = rows.Select(r => r.QuerySelector("th")!.TextContent.Trim()).ToList();
        var byName = names.Order(StringComparer.Ordinal).ToList();
        switch (path.Split("sort=")[1])
        {
            case "pay":
                // Ranked states first, highest pay first (ranks compare like figures only, so read the ranked rows).
                var ranked = rows.TakeWhile(r => !r.QuerySelector("[data-label='Rank by pay']")!.TextContent.Trim().StartsWith("not ranked", StringComparison.Ordinal)).ToList();
                Assert.True(ranked.Count > 20, $"{ranked.Count} ranked");
                var pay = ranked.Select(r => Dollars(r.QuerySelector("[data-label=Pay]")!.TextContent)).ToList();
                Assert.Equal(pay.OrderDescending(), pay);
                Assert.NotEqual(byName, names);
                break;
            case "employment":
                var employed = rows.Select(r => EmployedText(r.QuerySelector("[data-label=Employed]")!))
                    .Select(e => e == "not held for this period" ? -1 : long.Parse(e, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToList();
                Assert.Equal(employed.OrderDescending(), employed);
                Assert.True(employed[0] > employed[^1], "every state employs the same number");
                break;
            default:
                // An unknown sort is the table in name order, as with no sort at all.
                Assert.Equal(byName, names);
                var unsorted = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/salary/states"));
                Assert.Equal(unsorted.QuerySelectorAll("#states-table tbody tr th").Select(th => th.TextContent.Trim()), names);
                break;
        }
    }

    /// <summary>The dollars at the start of a cell ("$44,720 median…" is 44720), read without the site's formatter.</summary>
    private static decimal Dollars(string cell) =>
        decimal.Parse(System.Text.RegularExpressions.Regex.Match(cell.Trim(), @"^\$([\d,]+)").Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    /// <summary>The count in an Employed cell, without its source note number.</summary>
    private static string EmployedText(AngleSharp.Dom.IElement cell) =>
        string.Concat(cell.ChildNodes.Where(n => n.NodeType == AngleSharp.Dom.NodeType.Text).Select(n => n.TextContent)).Trim();

    [Fact]
    public async Task The_employed_column_shows_a_count_from_any_source_for_the_period_shown_and_cites_it()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/salary/states?sort=employment"));
        var withCount = 0;

        foreach (var row in page.QuerySelectorAll("#states-table tbody tr"))
        {
            var code = row.QuerySelector("th a")!.GetAttribute("href")![^2..].ToUpperInvariant();
            var period = row.QuerySelector("[data-label=Period]")!.TextContent.Replace(" (inferred)", "", StringComparison.Ordinal).Trim();
            var oracle = ComputedData.Site.Wages.Where(r => r.RoleSlug == "medical-assistant" && r.AreaCode == code && r.Period == period && r.Employment is not null)
                .OrderByDescending(r => r.Tier).ThenByDescending(r => r.Preferred).FirstOrDefault();
            var cell = row.QuerySelector("[data-label=Employed]")!;
            if (oracle is null)
            {
                Assert.Equal("not held for this period", EmployedText(cell));
                continue;
            }

            Assert.Equal(oracle.Employment!.Value.ToString("N0", CultureInfo.InvariantCulture), EmployedText(cell));
            withCount++;
        }

        // Texas's May 2023 count comes from another source than its May 2023 mean, and is cited in the cell.
        var texas = page.QuerySelectorAll("#states-table tbody tr").Single(r => r.QuerySelector("th a")!.GetAttribute("href") == "/states/tx");
        Assert.NotNull(texas.QuerySelector("[data-label=Employed] .app-cite a"));
        Assert.True(withCount > 12, $"only {withCount} states show a count");
    }
}
