namespace MaGuide.Browser.Tests;

/// <summary>
/// Every page kind at 360 × 800, the phone readers mostly use: short enough, nothing wider than the screen outside a
/// deliberate scroller, no table row taller than 300 px, chart text 12 px or more, and axe clean in light and dark.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class PhoneLayoutTests
{
    /// <summary>One page of each kind and its height budget in CSS pixels (12 screens of 800, the national pay page 6).</summary>
    public static TheoryData<string, int> PageKinds => new()
    {
        { "/", 9600 }, { "/salary", 4800 }, { "/salary/states", 9600 }, { "/salary/states?view=adjusted&sort=adjusted", 9600 }, { "/salary/settings", 9600 }, { "/salary/metros", 9600 },
        { "/salary/trend", 9600 }, { "/states", 9600 }, { "/states/ca", 9600 }, { "/states/tx/vs/wa", 9600 }, { "/states/ca/vs/ca", 9600 }, { "/scope", 9600 }, { "/scope/injections", 9600 },
        { "/compare", 9600 }, { "/compare/cna", 9600 }, { "/data", 9600 }, { "/data/quality", 9600 }, { "/search?q=injections", 9600 },
        { "/no-such-page", 9600 }, { "/training", 9600 }, { "/training/payback?state=CA&cost=3015&months=9&hourly=16&hours=40", 9600 },
        { "/certifications", 9600 }, { "/certifications/cma", 9600 }, { "/certifications?background=on-the-job&years=1&state=WA", 9600 },
    };

    public static TheoryData<string> Pages => [.. PageKinds.Select(row => (string)row[0]).Append("/sources").Append("/guides/salary")];

    /// <summary>Each test asserts one check of one page; the page is loaded once per colour scheme for all of them.</summary>
    public PhoneLayoutTests(BrowserSite site)
    {
        this.site = site;
        site.Start(Pages);
    }

    private readonly BrowserSite site;

    private async Task<PhoneLayout> MeasureAsync(string path) => (await site.LightAsync(path)).Layout!;

    [BrowserTheory, MemberData(nameof(PageKinds))]
    public async Task Each_page_kind_fits_its_height_budget_on_a_phone(string path, int budget)
    {
        var m = await MeasureAsync(path);

        Assert.True(m.Height <= budget, $"{path} is {m.Height} px tall at 360 px; the budget is {budget}");
    }

    [BrowserTheory, MemberData(nameof(Pages))]
    public async Task Nothing_is_wider_than_a_phone_outside_a_deliberate_scroller(string path)
    {
        var m = await MeasureAsync(path);

        Assert.True(m.Wide.Length == 0, $"{path}: wider than 360 px: {string.Join(", ", m.Wide)}");
    }

    [BrowserTheory, MemberData(nameof(Pages))]
    public async Task No_table_row_is_taller_than_300_px_on_a_phone(string path)
    {
        var m = await MeasureAsync(path);

        Assert.True(m.TallestRow <= 300, $"{path}: a row is {m.TallestRow} px tall (\"{m.TallestRowText}…\")");
    }

    /// <summary>A phone shows no scroll bar, so a table that scrolls sideways says so in words just above it.</summary>
    [BrowserTheory, MemberData(nameof(Pages))]
    public async Task Every_table_wider_than_a_phone_says_above_it_that_it_scrolls_sideways(string path)
    {
        var m = await MeasureAsync(path);

        Assert.True(m.Unhinted.Length == 0, $"{path}: tables that scroll sideways with no hint: {string.Join(", ", m.Unhinted)}");
    }

    [BrowserTheory, MemberData(nameof(Pages))]
    public async Task Chart_text_is_at_least_12_px_on_a_phone(string path)
    {
        var m = await MeasureAsync(path);

        Assert.True(m.SmallestSvgText >= 11.95, $"{path}: chart text renders at {m.SmallestSvgText:0.0} px");
    }

    [BrowserTheory, MemberData(nameof(Pages))]
    public async Task Each_page_has_no_axe_violations_in_light_and_dark(string path)
    {
        var problems = (await site.LightAsync(path)).Violations().Concat((await site.DarkAsync(path)).Violations()).ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [BrowserFact]
    public async Task The_header_is_at_most_120_px_tall_on_a_phone_and_the_at_a_glance_facts_start_on_the_first_screen()
    {
        var page = await site.NewPageAsync(width: 360, height: 800, javaScript: false);
        await page.GotoAsync(site.BaseUrl + "/");

        var header = await page.Locator(".app-header").BoundingBoxAsync();
        var glance = await page.Locator("#at-a-glance").BoundingBoxAsync();
        var sectionTitle = await page.Locator(".app-section__title").First.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
        var cardTitle = await page.Locator(".app-card__link").First.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
        // Every menu item in view: at 360 px the menu line must not need sideways scrolling (the last item was cut).
        var menuOverflow = await page.Locator(".app-nav").EvaluateAsync<double>("e => e.scrollWidth - e.clientWidth");
        await page.Context.CloseAsync();

        Assert.True(header!.Height <= 120, $"header is {header.Height} px tall");
        Assert.True(menuOverflow <= 0, $"the menu needs {menuOverflow} px of sideways scrolling at 360 px");
        Assert.True(glance!.Y < 800, $"at a glance starts at {glance.Y} px");
        Assert.True(sectionTitle >= cardTitle * 1.25, $"section titles {sectionTitle} px, card titles {cardTitle} px");
    }

    /// <summary>Every guide with a table (Markdown or a table token), read at 360 px for tables wider than their box.</summary>
    [BrowserFact]
    public async Task No_guide_table_is_wider_than_a_phone_without_saying_so()
    {
        var guides = Directory.GetFiles(Path.Combine(BrowserSite.ProjectFolder(), "..", "..", "content", "guides"), "*.md")
            .Where(f => File.ReadLines(f).Any(line => line.StartsWith('|') || line.Contains("{{ table", StringComparison.Ordinal)))
            .Select(f => "/guides/" + Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();
        var page = await site.NewPageAsync(width: 360, height: 800, javaScript: false);
        var unhinted = new List<string>();
        foreach (var guide in guides)
        {
            await page.GotoAsync(site.BaseUrl + guide);
            var wide = await page.EvaluateAsync<string[]>(PhonePages.UnhintedScript);
            unhinted.AddRange(wide.Select(w => $"{guide}: {w}"));
        }

        await page.Context.CloseAsync();

        Assert.True(guides.Count >= 10, $"only {guides.Count} guides with tables found");
        Assert.True(unhinted.Count == 0, "tables wider than a phone with no hint: " + string.Join("; ", unhinted));
    }

    [BrowserFact]
    public async Task The_sources_list_has_an_on_page_index_whose_links_land_on_their_rows()
    {
        var page = await site.NewPageAsync(width: 360, height: 800, javaScript: false);
        await page.GotoAsync(site.BaseUrl + "/sources");

        var links = page.Locator(".app-letters__link");
        Assert.True(await links.CountAsync() > 5);
        await links.Nth(2).ClickAsync();
        var target = await page.EvaluateAsync<double>("() => document.querySelector(location.hash).getBoundingClientRect().top");
        await page.Context.CloseAsync();

        Assert.InRange(target, -1, 100);
    }
}
