using System.Net;
using AngleSharp.Dom;
using MaGuide.Web.Content;
using MaGuide.Web.Data.Vocabulary;
using MaGuide.Web.Queries;

namespace MaGuide.Web.Tests.Pages;

/// <summary>/states/{a}/vs/{b}: every pair of a sample renders, one canonical address, 404s, the form, the sitemap.</summary>
[Collection(SiteTests.Name)]
public sealed class StatePairPageTests(SiteFactory site)
{
    private static readonly string[] Sample = ["al", "ca", "dc", "ny", "tx", "wa", "wy"];

    /// <summary>Every pair of the sample, in canonical order.</summary>
    public static TheoryData<string, string> SamplePairs()
    {
        var data = new TheoryData<string, string>();
        for (var i = 0; i < Sample.Length; i++)
        {
            for (var j = i + 1; j < Sample.Length; j++)
            {
                data.Add(Sample[i], Sample[j]);
            }
        }

        return data;
    }

    /// <summary>
    /// The count a reader reads above the task table is the number of rows marked as differing, and no row with an
    /// unknown side is among them (California and the District of Columbia said "7 of 8 tasks have a different status"
    /// when 7 were unknown in DC).
    /// </summary>
    [Theory, MemberData(nameof(SamplePairs))]
    public async Task The_stated_count_of_differences_matches_the_rows_and_leaves_out_unknown_sides(string a, string b)
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync($"/states/{a}/vs/{b}"));
        var rows = page.QuerySelectorAll("#pair-tasks tbody tr");
        var unknown = ScopeStatus.Words(ScopeStatuses.Unknown);
        bool HasUnknownSide(IElement row) => row.QuerySelectorAll("td .app-status").Any(s => s.TextContent.Contains(unknown, StringComparison.Ordinal));

        var differing = rows.Where(r => r.GetAttribute("data-differs") == "yes").ToList();
        Assert.DoesNotContain(differing, HasUnknownSide);
        var oneSided = rows.Count(r => HasUnknownSide(r) && r.QuerySelectorAll("td .app-status").Count(st => !st.TextContent.Contains(unknown, StringComparison.Ordinal)) == 1);
        Assert.Equal(StatePair.DescribeDifferences(differing.Count, oneSided, rows.Length), page.QuerySelector("#pair-differences")!.TextContent.Split(" Unknown means")[0].Trim());
    }

    private static Dictionary<string, string> Names() => CsvRows.Content("areas.csv").ToDictionary(r => r["code"].ToLowerInvariant(), r => r["name"]);

    [Theory, MemberData(nameof(SamplePairs))]
    public async Task Every_pair_of_the_sample_shows_both_states_pay_rules_credential_and_boards(string a, string b)
    {
        var response = await site.CreateReader().GetAsync($"/states/{a}/vs/{b}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        var names = Names();
        Assert.Equal($"Medical assistants in {PlaceNames.InSentence(names[a])} and {PlaceNames.InSentence(names[b])}", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.EndsWith($"/states/{a}/vs/{b}", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.True(page.Title!.Length <= 65, $"title is {page.Title.Length} characters: {page.Title}");
        Assert.Equal(CsvRows.Content("scope_tasks.csv").Count - 1, page.QuerySelectorAll("#pair-tasks tbody tr").Length);
        Assert.All(page.QuerySelectorAll("#pair-tasks td[data-label=Difference]"), cell => Assert.True(cell.TextContent.Trim().Length > 10));
        Assert.Equal(2, page.QuerySelectorAll("#pair-credential tbody tr").Length);
        Assert.Equal(2, page.QuerySelectorAll("#pair-confidence li .app-confidence").Length);
        Assert.NotEmpty(page.GetElementById("pair-moving")!.TextContent.Trim());
        foreach (var code in new[] { a, b })
        {
            var board = CsvRows.Content("areas.csv").Single(r => string.Equals(r["code"], code, StringComparison.OrdinalIgnoreCase));
            var boards = page.GetElementById("pair-boards")!;
            Assert.Contains(board["board_name"], boards.TextContent, StringComparison.Ordinal);
            if (board["board_url"].Length > 0)
            {
                Assert.NotNull(boards.QuerySelector($"a[href='{board["board_url"]}']"));
            }
        }
    }

    [Theory, MemberData(nameof(SamplePairs))]
    public async Task Pay_is_compared_only_between_like_figures_and_both_sources_and_years_are_shown(string a, string b)
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync($"/states/{a}/vs/{b}"));
        var all = ComputedData.Site.Wages.Where(w => w.RoleSlug == "medical-assistant" && w.Year is not null && (w.AnnualMedian ?? w.AnnualMean) is not null).ToList();
        static string Measure(MaGuide.Web.Data.WageEstimate w) => w.AnnualMedian is not null ? "median" : "mean";
        var (wa, wb) = (PayOracle.Headline(a.ToUpperInvariant()), PayOracle.Headline(b.ToUpperInvariant()));
        var like = wa is not null && wb is not null && wa.Period == wb.Period && Measure(wa) == Measure(wb);
        if (!like && wa is not null && wb is not null)
        {
            // Headlines of different kinds: the page shows each state's figure of the best-backed, then newest kind both hold
            // (printed periods first, then median).
            IEnumerable<(string Period, string Measure, int Year)> Kinds(string code) =>
                all.Where(w => string.Equals(w.AreaCode, code, StringComparison.OrdinalIgnoreCase) && w.Period.Length > 0).Select(w => (w.Period, Measure(w), w.Year!.Value));
            bool Printed((string Period, string Measure, int Year) k) => new[] { a, b }.All(code =>
                all.Any(w => string.Equals(w.AreaCode, code, StringComparison.OrdinalIgnoreCase) && w.Period == k.Period && Measure(w) == k.Measure && !w.PeriodInferred));
            List<MaGuide.Web.Data.Trust.TrustTier> Backing((string Period, string Measure, int Year) k) => [.. new[] { a, b }.Select(code =>
                all.Where(w => string.Equals(w.AreaCode, code, StringComparison.OrdinalIgnoreCase) && w.Period == k.Period && Measure(w) == k.Measure).Max(w => w.Tier))];
            var shared = Kinds(a).Intersect(Kinds(b)).OrderByDescending(k => Backing(k).Min()).ThenByDescending(k => Backing(k).Max()).ThenByDescending(k => k.Year).ThenByDescending(Printed).ThenBy(k => k.Measure == "median" ? 0 : 1).ToList();
            if (shared.Count > 0)
            {
                var (period, measure, _) = shared[0];
                MaGuide.Web.Data.WageEstimate Pick(string code) => all.Where(w => string.Equals(w.AreaCode, code, StringComparison.OrdinalIgnoreCase) && w.Period == period && Measure(w) == measure)
                    .OrderByDescending(w => w.Tier).ThenByDescending(w => w.Preferred).ThenBy(w => w.Id).First();
                (wa, wb, like) = (Pick(a), Pick(b), true);
                Assert.Contains($"{period} {measure}", page.GetElementById("pair-pay-kind")!.TextContent, StringComparison.Ordinal);
            }
        }
        else
        {
            Assert.Null(page.GetElementById("pair-pay-kind"));
        }

        var difference = page.GetElementById("pair-pay-difference")!.TextContent;
        Assert.Equal(!like, difference.Contains("Not compared", StringComparison.Ordinal));
        foreach (var (code, wage) in new[] { (a, wa), (b, wb) })
        {
            var adjusted = page.QuerySelector($"[data-adjusted={code.ToUpperInvariant()}]")!;
            var parity = ComputedData.Site.PriceParities.Where(p => string.Equals(p.StateCode, code, StringComparison.OrdinalIgnoreCase)).MaxBy(p => p.Year)!;
            if (wage is null)
            {
                continue;
            }

            var pay = page.QuerySelector($"[data-pay={code.ToUpperInvariant()}]")!;
            Assert.Contains(wage.Period, pay.TextContent, StringComparison.Ordinal);
            Assert.StartsWith(ReaderNumbers.Dollars((wage.AnnualMedian ?? wage.AnnualMean)!.Value), pay.TextContent.Trim(), StringComparison.Ordinal);
            Assert.NotNull(pay.QuerySelector(".app-cite a"));
            Assert.Contains($"at {parity.Year} prices", adjusted.TextContent, StringComparison.Ordinal);
            var note = page.GetElementById(adjusted.QuerySelector(".app-cite a")!.GetAttribute("href")!.TrimStart('#'))!;
            Assert.Contains(ComputedData.Site.Sources.Single(s => s.Id == parity.SourceId).Title, note.TextContent, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/states/wa/vs/tx", "/states/tx/vs/wa")]
    [InlineData("/states/TX/vs/WA", "/states/tx/vs/wa")]
    [InlineData("/states/washington/vs/texas", "/states/tx/vs/wa")]
    [InlineData("/states/CA/vs/ca", "/states/ca/vs/ca")]
    public async Task Any_other_spelling_of_a_pair_redirects_permanently_to_the_canonical_order(string path, string canonical)
    {
        var response = await site.CreateReader().GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/states/zz/vs/tx")]
    [InlineData("/states/tx/vs/zz")]
    [InlineData("/states/tx/vs/%3Cscript%3E")]
    [InlineData("/states/united-states/vs/tx")]
    public async Task An_unknown_state_in_a_pair_is_the_sites_404_page(string path)
    {
        var response = await site.CreateReader().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_same_state_twice_is_a_page_that_explains_and_offers_the_form()
    {
        var response = await site.CreateReader().GetAsync("/states/ca/vs/ca");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        Assert.Contains("twice", page.GetElementById("same-state")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form[method=get][action='/states'] select[name=b]"));
        Assert.EndsWith("/states/ca", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/states?a=wa&b=tx", "/states/tx/vs/wa")]
    [InlineData("/states?a=texas&b=WA", "/states/tx/vs/wa")]
    [InlineData("/states?a=ca&b=ca", "/states/ca/vs/ca")]
    public async Task The_form_on_the_states_page_goes_to_the_pair_without_javascript(string path, string target)
    {
        var client = site.CreateReader();
        var states = await SiteFactory.ParseAsync(await client.GetAsync("/states"));
        var form = states.QuerySelector("form[method=get][action='/states']")!;
        Assert.NotNull(form.QuerySelector("select[name=a]"));
        Assert.Equal(CsvRows.Content("areas.csv").Count, form.QuerySelectorAll("select[name=b] option[value]").Count(o => o.GetAttribute("value")!.Length > 0));

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(target, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/states?a=tx", "second")]
    [InlineData("/states?a=zz&b=tx", "first")]
    [InlineData("/states?a=&b=", "Choose two states")]
    public async Task A_missing_or_unknown_choice_answers_400_with_the_form_and_a_message(string path, string message)
    {
        var response = await site.CreateReader().GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector(".app-form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form select[name=a]"));
    }

    [Fact]
    public async Task The_sitemap_lists_each_state_with_the_others_of_its_census_division_and_no_other_pair()
    {
        var sitemap = await site.CreateReader().GetStringAsync("/sitemap.xml");
        var divisions = CsvRows.Content("census_divisions.csv").GroupBy(r => r["division"]).ToList();

        var expected = divisions.Sum(d => d.Count() * (d.Count() - 1) / 2);
        var listed = System.Text.RegularExpressions.Regex.Matches(sitemap, "/states/([a-z]{2})/vs/([a-z]{2})</loc>").ToList();

        Assert.Equal(expected, listed.Count);
        Assert.Equal(9, divisions.Count);
        var division = CsvRows.Content("census_divisions.csv").ToDictionary(r => r["state"].ToLowerInvariant(), r => r["division"]);
        Assert.All(listed, m => Assert.Equal(division[m.Groups[1].Value], division[m.Groups[2].Value]));
        Assert.All(listed, m => Assert.True(string.CompareOrdinal(m.Groups[1].Value, m.Groups[2].Value) < 0));
        Assert.Contains("/states/ok/vs/tx</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("/states/tx/vs/wa</loc>", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_accepts_a_link_to_a_pair_only_in_its_canonical_form()
    {
        var keys = MaGuide.Web.Data.DataPages.From(ComputedData.Site);

        Assert.True(SiteLinks.Exists("/states/tx/vs/wa", keys));
        Assert.False(SiteLinks.Exists("/states/wa/vs/tx", keys));
        Assert.False(SiteLinks.Exists("/states/tx/vs/tx", keys));
        Assert.False(SiteLinks.Exists("/states/tx/vs/zz", keys));
        Assert.True(SiteLinks.IsDataPage("/states/wa/vs/tx"));
        Assert.Equal("/states/tx/vs/wa", SiteLinks.StatePair("WA", "tx"));
    }

    [Fact]
    public async Task A_state_page_links_to_its_pairs_within_its_division()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/states/tx"));

        var links = page.QuerySelectorAll("#pair-neighbours a").Select(l => l.GetAttribute("href")).ToList();

        Assert.Equal(["/states/ar/vs/tx", "/states/la/vs/tx", "/states/ok/vs/tx"], links);
        Assert.NotNull(page.QuerySelector($"#compare-heading ~ p a[href='{SiteLinks.StatesIndex}#pair-heading']"));
    }

    /// <summary>
    /// Alabama and Mississippi buy about $40,643 and $40,666 after prices (a $23 gap) but show $40,600 and $40,700: the
    /// sentence says they are about the same, not that one buys "$100 more (0.1%)".
    /// </summary>
    [Fact]
    public async Task A_gap_after_prices_under_half_a_percent_is_called_about_the_same()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/states/al/vs/ms"));

        var words = page.GetElementById("pair-adjusted-difference")!.TextContent;
        Assert.Contains("About the same after prices", words, StringComparison.Ordinal);
        Assert.DoesNotContain("more a year", words, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pair_compares_the_best_backed_kind_both_states_hold_before_a_newer_weaker_one()
    {
        // DC leads with a confirmed May 2023 mean; California with a May 2025 median. DC also has a May 2025 median from
        // one blog: the pair uses the May 2023 mean, which both hold and which is better backed.
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/states/ca/vs/dc"));

        Assert.Contains("May 2023 mean", page.GetElementById("pair-pay-kind")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith(ReaderNumbers.Dollars(PayOracle.Best("DC", "mean", "May 2023")!.AnnualMean!.Value), page.QuerySelector("[data-pay=DC]")!.TextContent.Trim(), StringComparison.Ordinal);
        // The copy of the state file gives no employment: the row says so, rather than that we hold no count at all.
        var table = page.GetElementById("pair-pay")!.TextContent;
        Assert.Contains("not given by this source", table, StringComparison.Ordinal);
        Assert.DoesNotContain("not held", table, StringComparison.Ordinal);
    }
}
