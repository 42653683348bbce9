using Microsoft.Playwright;

namespace MaGuide.Browser.Tests;

/// <summary>
/// WCAG 1.4.3 and 1.4.11 for the server-drawn charts, computed from the colours the browser actually paints (axe only
/// reports SVG contrast as "needs review"): chart text 4.5:1 against what is behind it, every fill (and every outline
/// of an unfilled shape) 3:1 against the page background, hatch lines 3:1 against their tile, in light and dark.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ChartContrastTests
{
    public static TheoryData<string, string> ChartPages()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in new[] { "/salary", "/salary/states", "/salary/trend" })
        {
            data.Add(path, "light");
            data.Add(path, "dark");
        }

        return data;
    }

    private const string ContrastScript = """
        () => {
          const rgb = c => { const m = c.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/); return m ? [+m[1], +m[2], +m[3]] : null; };
          const lum = ([r, g, b]) => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
          const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
          const page = rgb(getComputedStyle(document.body).backgroundColor);
          const name = el => el.tagName + '.' + (el.getAttribute('class') || '') + (el.closest('a') ? ' in ' + el.closest('a').getAttribute('href') : '');
          const out = { dark: matchMedia('(prefers-color-scheme: dark)').matches, checkedText: 0, checkedFills: 0, failures: [] };
          const shapes = [...document.querySelectorAll('svg rect, svg line, svg circle, svg path')].filter(el => !el.closest('defs') && !el.classList.contains('app-chart__grid'));
          for (const el of shapes) {
            const s = getComputedStyle(el);
            const fill = rgb(s.fill);
            // A line has no area: it is painted by its stroke (its computed fill is a meaningless default black).
            const paint = el.tagName === 'line' ? rgb(s.stroke) : fill && s.fill !== 'none' ? fill : rgb(s.stroke);
            if (!paint || (s.fill.startsWith('url') && !fill)) continue;
            out.checkedFills++;
            const r = ratio(paint, page);
            if (r < 3) out.failures.push(`${name(el)}: ${r.toFixed(2)}:1 against the page (needs 3:1)`);
          }
          for (const pattern of document.querySelectorAll('svg pattern')) {
            const tile = rgb(getComputedStyle(pattern.querySelector('rect')).fill);
            for (const line of pattern.querySelectorAll('line')) {
              out.checkedFills++;
              const r = ratio(rgb(getComputedStyle(line).stroke), tile);
              if (r < 3) out.failures.push(`hatch line: ${r.toFixed(2)}:1 against its tile (needs 3:1)`);
            }
            const r = ratio(tile, page);
            out.checkedFills++;
            if (r < 3) out.failures.push(`hatch tile: ${r.toFixed(2)}:1 against the page (needs 3:1)`);
          }
          for (const text of document.querySelectorAll('svg text')) {
            const box = text.getBoundingClientRect();
            const x = box.left + box.width / 2, y = box.top + box.height / 2;
            const under = document.elementsFromPoint(x, y).find(el => el instanceof SVGGeometryElement && !(el instanceof SVGTextElement) && el.tagName !== 'line' && rgb(getComputedStyle(el).fill) && getComputedStyle(el).fill !== 'none');
            const behind = under ? rgb(getComputedStyle(under).fill) : page;
            const r = ratio(rgb(getComputedStyle(text).fill), behind);
            out.checkedText++;
            if (r < 4.5) out.failures.push(`text "${text.textContent.trim()}" (${name(text)}): ${r.toFixed(2)}:1 against ${under ? name(under) : 'the page'} (needs 4.5:1)`);
          }
          return out;
        }
        """;

    private sealed class Result
    {
        /// <summary>Whether the page was read in the dark scheme (the scheme switch took effect).</summary>
        public bool Dark { get; set; }

        public int CheckedText { get; set; }

        public int CheckedFills { get; set; }

        public string[] Failures { get; set; } = [];
    }

    /// <summary>The three pages' visits start together and run a few at a time, in reused pages.</summary>
    public ChartContrastTests(BrowserSite site)
    {
        this.site = site;
        foreach (var path in ChartPages().Select(row => (string)row[0]).Distinct())
        {
            _ = ContrastAsync(path);
        }
    }

    private readonly BrowserSite site;

    /// <summary>
    /// One load of <paramref name="path"/>, read light, then switched to dark and read again (the site has no script, so
    /// only the colours change). Tall enough that every chart is on screen: elementsFromPoint only sees what is in the viewport.
    /// </summary>
    private Task<(Result Light, Result Dark)> ContrastAsync(string path) =>
        site.OnceAsync($"contrast {path}", () => site.VisitReusedAsync(path, 360, 4000, async page =>
        {
            var light = await page.EvaluateAsync<Result>(ContrastScript);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
            return (light, await page.EvaluateAsync<Result>(ContrastScript));
        }));

    [BrowserTheory, MemberData(nameof(ChartPages))]
    public async Task Chart_text_and_fills_meet_wcag_contrast(string path, string scheme)
    {
        var (light, dark) = await ContrastAsync(path);
        var result = scheme == "dark" ? dark : light;
        Assert.Equal(scheme == "dark", result.Dark);

        // The smallest chart (the pay range: a whisker and a median mark, the box only where quartiles are held) has two shapes and three labels.
        Assert.True(result.CheckedText > 2 && result.CheckedFills > 1, $"only {result.CheckedText} texts and {result.CheckedFills} fills checked");
        Assert.True(result.Failures.Length == 0, $"{path} ({scheme}):\n" + string.Join('\n', result.Failures));
    }
}
