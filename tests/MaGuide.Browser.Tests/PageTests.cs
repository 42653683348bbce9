using Microsoft.Playwright;

namespace MaGuide.Browser.Tests;

[Collection(BrowserTests.Name)]
public sealed class PageTests
{
    public static TheoryData<string> KeyPages =>
    [
        "/", "/guides/duties-and-skills", "/guides/salary", "/salary", "/salary/states", "/salary/settings", "/salary/metros", "/salary/trend", "/states", "/states/ca", "/states/wy", "/states/tx/vs/wa",
        "/scope", "/scope/injections", "/compare", "/compare/cna", "/sources", "/data", "/data/quality", "/search?q=injections", "/no-such-page",
        "/training", "/certifications", "/certifications/cma", "/certifications?background=on-the-job&years=1&state=WA",
        "/training/payback", "/training/payback?state=CA&cost=3015&months=9&hourly=16&hours=40",
        "/changes", "/guides/editorial-policy",
    ];

    /// <summary>The key pages are read from the same 360 × 800 visits as the phone layout tests (one load per page, read light and dark).</summary>
    public PageTests(BrowserSite site)
    {
        this.site = site;
        site.Start(KeyPages);
    }

    private readonly BrowserSite site;

    [BrowserTheory, MemberData(nameof(KeyPages))]
    public async Task Key_pages_have_no_serious_accessibility_violations(string path)
    {
        var serious = (await site.LightAsync(path)).Violations("serious", "critical").Concat((await site.DarkAsync(path)).Violations("serious", "critical")).ToList();

        Assert.True(serious.Count == 0, string.Join('\n', serious));
    }

    /// <summary>With MAGUIDE_SCREENSHOTS=1 the light visit also leaves a full-page screenshot (<see cref="PhonePages.ScreenshotPath"/>).</summary>
    [BrowserTheory, MemberData(nameof(KeyPages))]
    public async Task Key_pages_fit_a_phone_screen_without_sideways_scrolling(string path)
    {
        var overflow = (await site.LightAsync(path)).Layout!.Overflow;

        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 360px screen");
    }

    [BrowserFact]
    public async Task The_first_tab_reaches_the_skip_link_and_it_moves_focus_to_the_main_content()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/salary");

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");
        Assert.Equal("Skip to main content", focused);
        Assert.True(await page.Locator(".app-skip-link").IsVisibleAsync());

        await page.Keyboard.PressAsync("Enter");
        var target = await page.EvaluateAsync<string>("() => document.activeElement.id");
        Assert.Equal("main", target);
    }

    [BrowserFact]
    public async Task Focus_is_visible_on_links()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");

        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");

        Assert.NotEqual("none", outline);
    }

    [BrowserFact]
    public async Task The_site_works_with_javascript_switched_off()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync(site.BaseUrl + "/salary/states");

        await page.GetByRole(AriaRole.Link, new() { Name = "pay, highest first", Exact = true }).ClickAsync();
        Assert.Contains("sort=pay", page.Url, StringComparison.Ordinal);
        var firstByPay = await page.Locator("#states-table tbody tr th").First.TextContentAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "state name" }).ClickAsync();
        var firstByName = await page.Locator("#states-table tbody tr th").First.TextContentAsync();

        Assert.Equal("Alabama", firstByName?.Trim());
        Assert.NotEqual(firstByName, firstByPay);
    }

    [BrowserFact]
    public async Task A_state_tile_on_the_map_leads_to_that_state()
    {
        var page = await site.NewPageAsync(width: 1200, height: 900);
        await page.GotoAsync(site.BaseUrl + "/salary/states");

        await page.Locator(".app-tilemap a[href='/states/ca']").ClickAsync();

        Assert.EndsWith("/states/ca", page.Url, StringComparison.Ordinal);
        Assert.Equal("Medical assistants in California", (await page.Locator("h1").TextContentAsync())?.Trim());
    }

    [BrowserFact]
    public async Task On_a_desktop_screen_the_scope_matrix_fits_without_sideways_scrolling()
    {
        var page = await site.NewPageAsync(width: 1280, height: 800);
        await page.GotoAsync(site.BaseUrl + "/scope");

        var overflow = await page.Locator(".app-scroller").EvaluateAsync<double>("e => e.scrollWidth - e.clientWidth");
        await page.Context.CloseAsync();

        Assert.True(overflow <= 0, $"the state by task matrix scrolls {overflow} px sideways at 1280 px");
    }

    /// <summary>Every colour rule, at every impact (the theory above fails only on serious and critical ones), on the dark visit of a state page.</summary>
    [BrowserFact]
    public async Task Dark_mode_keeps_text_readable()
    {
        var dark = await site.DarkAsync("/states/ca");

        Assert.Equal(ColorScheme.Dark, dark.Scheme);
        Assert.Empty(dark.Violations());
    }
}
