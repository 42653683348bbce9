using System.Net;

namespace MaGuide.Web.Tests.Pages;

/// <summary>/training, /training/payback, /certifications and /certifications/{id}, as a reader sees them.</summary>
[Collection(SiteTests.Name)]
public sealed class TrainingPageTests(SiteFactory site)
{
    public static TheoryData<string> CredentialIds() => [.. CsvRows.Content("credentials.csv").Select(r => r["id"])];

    [Theory, MemberData(nameof(CredentialIds))]
    public async Task Every_credential_page_shows_its_body_routes_fee_renewal_and_naming_rules(string id)
    {
        var row = CsvRows.Content("credentials.csv").Single(r => r["id"] == id);
        var response = await site.CreateReader().GetAsync($"/certifications/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Contains(page.QuerySelectorAll("a[rel=external]"), a => a.GetAttribute("href") == row["body_url"]);
        var routes = CsvRows.Content("credential_routes.csv").Where(r => r["credential"] == id).ToList();
        Assert.Equal(routes.Count, page.QuerySelectorAll("#routes > li").Length);
        Assert.Equal(routes.Count == 0, page.QuerySelector("#no-routes") is not null);
        var fee = page.QuerySelector("#exam-fee")!.TextContent;
        Assert.Contains(row["exam_fee_text"].Length > 0 ? row["exam_fee_text"] : "No sourced figure", fee, StringComparison.Ordinal);
        var links = CsvRows.Content("credential_rules.csv").Where(r => r["credential"] == id).Select(r => (r["state"], r["task"])).Distinct().Count();
        Assert.Equal(links, page.QuerySelectorAll("#naming-rules > li").Length);
    }

    [Fact]
    public async Task The_decoder_lists_every_credential_and_links_its_page()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/certifications"));

        foreach (var row in CsvRows.Content("credentials.csv"))
        {
            Assert.NotNull(page.QuerySelector($"#credential-{row["id"]} a[href='/certifications/{row["id"]}']"));
        }
    }

    [Fact]
    public async Task Unknown_or_hostile_credential_ids_are_404_pages()
    {
        foreach (var path in new[] { "/certifications/nope", "/certifications/%3Cscript%3E", "/certifications/" + new string('a', 300) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await site.CreateReader().GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task The_eligibility_form_answers_with_routes_and_the_states_rules()
    {
        var response = await site.CreateReader().GetAsync("/certifications?background=on-the-job&years=1&state=WA");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        Assert.Equal("NeedsMoreYears", page.QuerySelector("#answer-rma")!.GetAttribute("data-verdict"));
        Assert.Equal("NoRouteForBackground", page.QuerySelector("#answer-cma")!.GetAttribute("data-verdict"));
        Assert.Equal("NoSourcedRoutes", page.QuerySelector("#answer-ccma")!.GetAttribute("data-verdict"));
        Assert.NotNull(page.QuerySelector("#answer-wa-ma-c"));
        Assert.Null(page.QuerySelector("#answer-sd-registration"));
        Assert.NotEmpty(page.QuerySelectorAll("#state-naming-rules li"));
    }

    [Theory]
    [InlineData("/certifications?background=self-taught&state=CA")]
    [InlineData("/certifications?background=military&years=-3&state=CA")]
    [InlineData("/certifications?background=military&years=99999999999&state=CA")]
    [InlineData("/certifications?background=military&state=ZZ")]
    [InlineData("/certifications?background=%3Cscript%3Ealert(1)%3C%2Fscript%3E&state=CA")]
    [InlineData("/training/payback?state=CA&cost=abc&months=9&hourly=16&hours=40")]
    [InlineData("/training/payback?state=CA&cost=-1&months=9&hourly=16&hours=40")]
    [InlineData("/training/payback?state=CA&cost=1e308&months=9&hourly=16&hours=40")]
    [InlineData("/training/payback?state=CA&cost=3000&months=99999999999999999999&hourly=16&hours=40")]
    [InlineData("/training/payback?state=%27%20OR%201%3D1&cost=3000&months=9&hourly=16&hours=40")]
    [InlineData("/training/payback?cost=3000")]
    [InlineData("/training/payback?state=ZZ")]
    public async Task Hostile_or_out_of_range_input_gets_a_400_page_with_the_form_and_a_message(string path)
    {
        var response = await site.CreateReader().GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("form.app-form"));
        Assert.NotEmpty(page.QuerySelectorAll("#form-errors li"));
        Assert.DoesNotContain("<script>alert", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_training_cost_shows_our_caveat_beside_it_so_one_schools_price_is_not_read_as_typical()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/training"));
        var rows = CsvRows.Content("training_facts.csv").Where(r => r["note"].Length > 0 && r["attribute"] == "cost_usd").ToList();

        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var cells = page.QuerySelector($"#route-{row["route"]}")!.TextContent;
            Assert.Contains("Our note: " + row["note"].TrimEnd('.'), cells, StringComparison.Ordinal);
        }

        Assert.Contains("not the 720 the RMA asks for", page.QuerySelector("#route-certificate td[data-label=Cost]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Payback_shows_the_states_pay_figure_the_adjusted_value_and_the_sums()
    {
        var response = await site.CreateReader().GetAsync("/training/payback?state=CA&cost=3015&months=9&hourly=16&hours=40");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        // Every state is answered with the kind /salary/states compares (the May 2023 mean): California's is $24.47 an hour.
        Assert.Equal(("May 2023", "mean"), PayOracle.CommonKind);
        Assert.Equal(24.47m, PayOracle.Best("CA", "mean", "May 2023")!.HourlyMean);
        var used = page.QuerySelector("#pay-used")!.TextContent;
        Assert.Contains("$24.47 an hour", used, StringComparison.Ordinal);
        Assert.Contains("We answer every state with its May 2023 mean", used, StringComparison.Ordinal);
        // 24.47 × 100 / 110.72 (BEA RPP 2024) = 22.100… → $22.10.
        Assert.Contains("$22.10 an hour", page.QuerySelector("#pay-adjusted")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("$2,773.33", page.QuerySelector("#current-monthly")!.TextContent, StringComparison.Ordinal);
        // 24.47 × 40 × 52 ÷ 12 = 4,241.466… → $4,241.47; 3,015 ÷ (4,241.47 − 2,773.33) = 2.05… → 3 months; 9 + 3 = 12.
        Assert.Contains("$4,241.47", page.QuerySelector("#ma-monthly")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("3", page.QuerySelector("#months-to-earn-back strong")!.TextContent);
        Assert.Contains("12 months", page.QuerySelector("#months-from-start")!.TextContent, StringComparison.Ordinal);
        // Beside it, the entry-level figure of the same period: the annual 10th percentile of 36,600 ÷ 2,080 = 17.596… →
        // $17.60; the sums use the figure as shown: 17.60 × 40 × 52 ÷ 12 = 3,050.666… → $3,050.67 (the unrounded figure
        // gives $3,050.04); 3,015 ÷ 277.33… = 10.87 → 11 months; 9 + 11 = 20.
        Assert.Contains("$17.60 an hour", page.QuerySelector("#entry-pay")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("$3,050.67", page.QuerySelector("#entry-difference")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("11", page.QuerySelector("#entry-months strong")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("20 months from the day you start", page.QuerySelector("#entry-months")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("#answer .app-source"));
    }

    [Fact]
    public async Task When_training_never_pays_back_the_page_does_not_also_say_it_takes_longer()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/training/payback?state=TX&cost=3000&months=9&hourly=40&hours=40"));

        Assert.Contains("Never, at this figure", page.QuerySelector("#months-to-earn-back")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#entry-none"));
    }

    [Theory]
    [InlineData("TX")]
    [InlineData("PA")]
    [InlineData("WY")]
    public async Task Every_state_is_answered_with_the_same_kind_of_figure_and_says_whether_it_holds_an_entry_level_one(string code)
    {
        var (period, statistic) = PayOracle.CommonKind;
        var row = PayOracle.Best(code, statistic, period)!;
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync($"/training/payback?state={code}&cost=3000&months=9&hourly=15&hours=40"));

        var hourly = row.HourlyMean ?? Math.Round(row.AnnualMean!.Value / 2080m, 2, MidpointRounding.AwayFromZero);
        Assert.Contains("$" + hourly.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " an hour", page.QuerySelector("#pay-used")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{period} {statistic}", page.QuerySelector("#pay-used")!.TextContent, StringComparison.Ordinal);
        var entry = ComputedData.Site.Wages.Any(r => r.RoleSlug == "medical-assistant" && r.AreaCode == code && r.Period == period && (r.HourlyP10 ?? r.AnnualP10) is not null);
        Assert.Equal(entry, page.QuerySelector("#entry-pay") is not null);
        Assert.Equal(!entry, page.QuerySelector("#entry-none") is not null);
    }

    [Theory]
    [InlineData("WV", "WV")]
    [InlineData("tx", "TX")]
    public async Task A_link_naming_only_a_state_chooses_it_and_asks_for_the_numbers_without_errors(string state, string code)
    {
        var response = await site.CreateReader().GetAsync($"/training/payback?state={state}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SiteFactory.ParseAsync(response);
        Assert.Null(page.QuerySelector("#form-errors"));
        Assert.Equal(code, page.QuerySelector("select[name=state] option[selected]")?.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#answer"));
    }

    [Fact]
    public async Task A_state_page_links_to_the_payback_form_with_its_state_chosen()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/states/wv"));

        Assert.Equal("/training/payback?state=WV", page.QuerySelector("#pay-payback a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Payback_uses_the_mean_and_says_so_when_a_state_has_no_entry_level_or_median_figure()
    {
        // Utah holds only the May 2023 mean ($19.85 an hour, from the copy of BLS's state file).
        var row = PayOracle.Best("UT", "mean")!;
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/training/payback?state=UT&cost=3015&months=9&hourly=16&hours=40"));

        Assert.Null(PayOracle.Best("UT", "median"));
        Assert.Null(page.QuerySelector("#no-pay"));
        var used = page.QuerySelector("#pay-used")!.TextContent;
        Assert.Contains("$" + row.HourlyMean!.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " an hour", used, StringComparison.Ordinal);
        Assert.Contains("the mean (average) for Utah", used, StringComparison.Ordinal);
        Assert.Contains("pulled up by a few high earners", used, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#months-to-earn-back"));
    }

    [Fact]
    public async Task Payback_answers_are_never_served_from_the_output_cache()
    {
        const string path = "/training/payback?state=CA&cost=3015&months=9&hourly=16&hours=40";
        var client = site.CreateReader();
        await client.GetAsync(path);
        var second = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(second.Headers.Age);
    }

    [Fact]
    public async Task Training_page_shows_each_route_with_sourced_cells_and_no_sourced_figure_where_none()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/training"));

        foreach (var route in CsvRows.Content("training_routes.csv"))
        {
            Assert.NotNull(page.QuerySelector($"#route-{route["id"]}"));
        }

        Assert.Contains("No sourced figure", page.QuerySelector("#route-associate")!.TextContent, StringComparison.Ordinal);
        // Every fact is shown with a numbered note, and every note it points to lists a source under the table.
        var cites = page.QuerySelectorAll("#routes-table .app-facts-list sup.app-cite a");
        Assert.Equal(CsvRows.Content("training_facts.csv").Count, cites.Length);
        Assert.All(cites, a => Assert.NotNull(page.QuerySelector($"{a.GetAttribute("href")} .app-source")));
        Assert.Equal(CsvRows.Content("training_funding.csv").Count, page.QuerySelectorAll("#funding-list > li").Length);
        Assert.NotNull(page.QuerySelector("a[href='/states/wa']"));
    }

    [Fact]
    public async Task The_hub_shows_pay_length_and_cost_with_sources_and_links_the_new_pages()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/"));

        var facts = page.QuerySelectorAll("#hub-facts li");
        Assert.Equal(3, facts.Length);
        // Each fact cites a numbered note, and each note lists its source (publisher, title and how sure we are).
        Assert.All(facts, f =>
        {
            var cite = f.QuerySelector("sup.app-cite a")?.GetAttribute("href");
            Assert.NotNull(cite);
            Assert.NotNull(page.QuerySelector($"{cite} .app-source"));
        });
        foreach (var href in new[] { "/training", "/certifications", "/training/payback" })
        {
            Assert.NotNull(page.QuerySelector($"a[href='{href}']"));
        }
    }

    [Fact]
    public async Task The_sitemap_lists_the_new_pages_and_every_credential()
    {
        var sitemap = await site.CreateReader().GetStringAsync("/sitemap.xml");

        Assert.Contains("/training</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("/training/payback</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("/certifications</loc>", sitemap, StringComparison.Ordinal);
        Assert.All(CsvRows.Content("credentials.csv"), r => Assert.Contains($"/certifications/{r["id"]}</loc>", sitemap, StringComparison.Ordinal));
    }
}
