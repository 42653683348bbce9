using System.Net;
using MaGuide.Web.Content;

namespace MaGuide.Web.Tests.Pages;

/// <summary>The pay figures are split into short, focused pages, each a page of its own (title, canonical, sitemap).</summary>
[Collection(SiteTests.Name)]
public sealed class PayPagesTests(SiteFactory site)
{
    public static TheoryData<string> PayPages => ["/salary", "/salary/states", "/salary/settings", "/salary/metros", "/salary/trend"];

    [Fact]
    public async Task The_national_page_names_a_newer_but_less_well_backed_figure_and_why_it_does_not_lead()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/salary"));
        var shownPeriod = page.QuerySelector("#national-table caption")!.TextContent;
        var us = ComputedData.Site.Wages.Where(r => r.RoleSlug == "medical-assistant" && r.AreaCode == "US" && (r.AnnualMedian ?? r.AnnualMean) is not null).ToList();
        var headline = us.Single(r => r.Preferred && shownPeriod.StartsWith("National pay percentiles, " + r.Period, StringComparison.Ordinal) && (r.AnnualP10 ?? r.AnnualP90) is not null);
        var newest = us.Where(r => r.Year > headline.Year && r.Tier < headline.Tier).OrderByDescending(r => r.Year).ThenByDescending(r => r.Tier).FirstOrDefault();

        Assert.NotNull(newest);
        var text = page.QuerySelector("#national-newer")!.TextContent;
        Assert.Contains(ReaderNumbers.Annual(newest.AnnualMedian ?? newest.AnnualMean!.Value), text, StringComparison.Ordinal);
        Assert.Contains(newest.Period, text, StringComparison.Ordinal);
        Assert.Contains($"We lead with {headline.Period} because that figure is better backed", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/salary/metros", "#metros-table")]
    [InlineData("/salary/settings", "#settings-table")]
    public async Task Metro_and_setting_pay_is_grouped_one_period_at_a_time_newest_first(string path, string table)
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync(path));
        var groups = page.QuerySelectorAll($"{table} tbody").ToList();
        var years = new List<int>();

        Assert.True(groups.Count > 1, $"{path} holds one period only, so this test checks nothing");
        foreach (var group in groups)
        {
            var period = group.QuerySelector("tr.app-rowgroup th[scope=rowgroup]")!.TextContent.Trim();
            var rows = group.QuerySelectorAll("tr:not(.app-rowgroup)").ToList();
            Assert.NotEmpty(rows);
            Assert.All(rows, r => Assert.Equal(period, r.QuerySelector("[data-label=Period]")!.TextContent.Trim()));
            years.Add(int.TryParse(period[^4..], out var year) ? year : 0);
        }

        Assert.Equal(years.OrderByDescending(y => y), years);
        Assert.Equal(years.Distinct().Count(), years.Count);
    }

    [Theory]
    [InlineData("/salary/states")]
    [InlineData("/salary/states?view=adjusted")]
    public async Task The_map_explains_hatched_or_empty_tiles_only_when_it_draws_them(string path)
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync(path));
        var text = page.QuerySelector("#map-heading")!.ParentElement!.TextContent;

        Assert.Equal(page.QuerySelector("rect.app-tile.app-tile--nc") is not null, text.Contains("hatched", StringComparison.Ordinal));
        Assert.Equal(page.QuerySelector("rect.app-tile.app-tile--none") is not null, text.Contains("Grey outlines", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Within_a_period_metros_are_listed_by_workforce_then_by_pay()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/salary/metros"));
        // A cell's own text, without its source note number (a <sup>), as a number; 0 for "not stated".
        static decimal Number(AngleSharp.Dom.IElement cell) =>
            decimal.TryParse(string.Concat(cell.ChildNodes.Where(n => n.NodeType == AngleSharp.Dom.NodeType.Text).Select(n => n.TextContent)).Trim().TrimStart('$'),
                System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;

        foreach (var group in page.QuerySelectorAll("#metros-table tbody"))
        {
            var keys = group.QuerySelectorAll("tr:not(.app-rowgroup)").Select(r => (
                Employed: Number(r.QuerySelector("[data-label=Employed]")!),
                Pay: Number(r.QuerySelector("[data-label='Median pay']")!) is > 0 and var median ? median : Number(r.QuerySelector("[data-label='Mean pay']")!))).ToList();
            Assert.Equal(keys.OrderByDescending(k => k.Employed).ThenByDescending(k => k.Pay), keys);
        }
    }

    [Fact]
    public async Task The_pay_range_chart_mentions_a_box_only_when_it_draws_one()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/salary"));
        var chart = page.QuerySelector("figure.app-chart--range")!;
        var caption = chart.QuerySelector("figcaption")!.TextContent;

        if (chart.QuerySelector("rect.app-chart__box") is null)
        {
            Assert.DoesNotContain("The box spans", caption, StringComparison.Ordinal);
            Assert.Contains("no box", caption, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("The box spans the middle half", caption, StringComparison.Ordinal);
        }
    }

    [Theory, MemberData(nameof(PayPages))]
    public async Task Each_pay_page_has_its_own_title_canonical_address_and_sitemap_entry(string path)
    {
        var client = site.CreateReader();
        var page = await SiteFactory.ParseAsync(await client.GetAsync(path));
        var sitemap = await client.GetStringAsync("/sitemap.xml");

        Assert.EndsWith(path, new Uri(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!).AbsolutePath, StringComparison.Ordinal);
        var titles = new List<string>();
        foreach (var other in PayPages)
        {
            titles.Add((await SiteFactory.ParseAsync(await client.GetAsync(other))).Title!);
        }

        Assert.Single(titles, page.Title);
        Assert.Contains($"{path}</loc>", sitemap, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task The_national_pay_page_links_to_every_other_pay_page()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/salary"));

        var links = page.QuerySelectorAll("#pay-pages a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["/salary/states", "/salary/settings", "/salary/metros", "/salary/trend"], links);
    }

    public static TheoryData<string, string> DeclaredAnchors()
    {
        var data = new TheoryData<string, string>();
        foreach (var (path, anchors) in SiteLinks.Anchors)
        {
            foreach (var anchor in anchors)
            {
                // A pattern is checked on one real page of its kind.
                data.Add(path switch { "/states/*" => "/states/ca", "/certifications/*" => "/certifications/cma", _ => path }, anchor);
            }
        }

        return data;
    }

    /// <summary>check trusts SiteLinks.Anchors; this keeps that list honest about what the pages render.</summary>
    [Theory, MemberData(nameof(DeclaredAnchors))]
    public async Task Every_anchor_check_accepts_is_an_element_on_its_page(string path, string anchor)
    {
        var response = await site.CreateReader().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await SiteFactory.ParseAsync(response)).GetElementById(anchor));
    }

    [Fact]
    public async Task A_source_cited_by_many_rows_is_listed_once_beneath_the_table()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/salary/states"));

        var cited = page.QuerySelectorAll("#states-table .app-cite a").Select(a => a.GetAttribute("href")).ToList();
        var notes = page.QuerySelectorAll("[id^='states-src-'] .app-source a").Select(a => a.GetAttribute("href")).ToList();

        Assert.True(cited.Count > notes.Count, $"{cited.Count} citations, {notes.Count} notes");
        Assert.Equal(cited.Distinct().Count(), notes.Count);
        Assert.Equal(notes.Count, notes.Distinct().Count());
    }
}
