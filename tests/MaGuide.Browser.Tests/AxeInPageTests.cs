namespace MaGuide.Browser.Tests;

/// <summary>The in-page axe runner finds what axe finds: the accessibility tests' empty results mean something.</summary>
[Collection(BrowserTests.Name)]
public sealed class AxeInPageTests(BrowserSite site)
{
    private const string Broken = """
        <!doctype html><html lang="en"><head><title>t</title></head>
        <body><main><h1>Heading</h1><img src="data:,"><p style="color:#777;background:#888">Grey on grey.</p></main></body></html>
        """;

    [BrowserFact]
    public async Task The_wcag_run_reports_a_missing_alt_text_and_low_contrast_with_the_offending_node()
    {
        var page = await site.NewPageAsync();
        await page.SetContentAsync(Broken);

        var violations = (await page.AxeAsync(PhonePages.WcagTags)).Violations;

        Assert.Contains(violations, v => v.Id == "image-alt" && v.Impact == "critical" && v.Nodes.Single().Target.ToString() == "img");
        Assert.Contains(violations, v => v.Id == "color-contrast" && v.Nodes.Single().Target.ToString() == "p");
    }

    [BrowserFact]
    public async Task The_colour_run_reports_low_contrast_and_nothing_else()
    {
        var page = await site.NewPageAsync();
        await page.SetContentAsync(Broken);

        var violations = (await page.AxeAsync([], PhonePages.ColourRules)).Violations;

        Assert.Equal("color-contrast", Assert.Single(violations).Id);
    }
}
