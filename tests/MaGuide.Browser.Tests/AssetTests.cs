using Microsoft.Playwright;

namespace MaGuide.Browser.Tests;

/// <summary>What a real Chromium receives: the encodings it offers, answered precompressed, and a year's cache for fingerprinted files.</summary>
[Collection(BrowserTests.Name)]
public sealed class AssetTests(BrowserSite site)
{
    [BrowserFact]
    public async Task Chromium_gets_compressed_pages_and_a_precompressed_stylesheet_cached_for_a_year()
    {
        var page = await site.NewPageAsync();
        var responses = new List<IResponse>();
        page.Response += (_, response) => responses.Add(response);

        await page.GotoAsync(site.BaseUrl + "/salary");

        var css = responses.Single(r => r.Url.Contains("/css/site.", StringComparison.Ordinal));
        var offered = (await css.Request.AllHeadersAsync())["accept-encoding"];
        var expected = offered.Contains("br", StringComparison.Ordinal) ? "br" : "gzip";
        var cssHeaders = await css.AllHeadersAsync();
        Assert.Equal(expected, cssHeaders["content-encoding"]);
        Assert.Equal("max-age=31536000, immutable", cssHeaders["cache-control"]);
        var rawCss = new FileInfo(Path.Combine(BrowserSite.ProjectFolder(), "wwwroot", "css", "site.css")).Length;
        var cssBytes = (await css.Request.SizesAsync()).ResponseBodySize;
        Assert.True(cssBytes > 0 && cssBytes < rawCss / 2, $"the stylesheet came as {cssBytes} bytes ({expected}) for a {rawCss}-byte file; Chromium offered {offered}");

        var html = responses.First(r => r.Url.EndsWith("/salary", StringComparison.Ordinal));
        Assert.Equal(expected, (await html.AllHeadersAsync())["content-encoding"]);
        Assert.True((await html.Request.SizesAsync()).ResponseBodySize < (await html.BodyAsync()).Length / 3, "the page was not compressed");
    }
}
