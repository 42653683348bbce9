using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace MaGuide.Browser.Tests;

/// <summary>
/// A page as a phone reader gets it (360 × 800), loaded once per run and read in both colour schemes: its layout
/// measures and axe's WCAG 2.2 AA result (light), axe's colour rules (dark), and on request a full-page screenshot. The
/// layout, accessibility and sideways-scrolling tests all read these visits, so each page × check is asserted from one
/// page load.
/// </summary>
public static class PhonePages
{
    public const int Width = 360;

    public const int Height = 800;

    /// <summary>The rules axe runs on a light visit: WCAG 2.0, 2.1 and 2.2 at levels A and AA.</summary>
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>
    /// The rules a dark visit runs: the WCAG AA rules that read colours (text contrast, and links told from text by colour
    /// alone). The dark stylesheet changes colours only; every other rule reads the same markup as the light visit.
    /// </summary>
    public static readonly string[] ColourRules = ["color-contrast", "link-in-text-block"];

    /// <summary>Set to 1 for the light visits to leave full-page screenshots (<see cref="ScreenshotPath"/>) for a person to look at.</summary>
    public const string ScreenshotsVariable = "MAGUIDE_SCREENSHOTS";

    /// <summary>
    /// A script returning up to five tables wider than their box with no visible "swipe sideways" hint just above the
    /// box (each by its id or first words): a table wider than its box must say so where the reader looks.
    /// </summary>
    public const string UnhintedScript = """
        () => [...document.querySelectorAll('.app-table-wrap, .app-prose table')]
          .filter(box => box.scrollWidth > box.clientWidth + 1)
          .filter(box => { const hint = box.previousElementSibling; return !(hint && hint.classList.contains('app-scroll-hint') && hint.offsetHeight > 0); })
          .slice(0, 5).map(box => box.id || box.querySelector('table[id]')?.id || (box.querySelector('caption, th')?.textContent || '').trim().slice(0, 40))
        """;

    private const string MeasureScript = $$"""
        () => {
          const width = window.innerWidth;
          // A deliberate scroller is a box that scrolls sideways itself (the scope matrix, the header nav, a guide's table);
          // a stacked table's column headings are clipped to nothing for screen readers only.
          const inScroller = el => {
            for (let a = el.parentElement; a; a = a.parentElement) {
              if (['auto', 'scroll'].includes(getComputedStyle(a).overflowX)) return true;
            }
            const head = el.closest('thead');
            return head !== null && getComputedStyle(head).position === 'absolute';
          };
          const wide = [...document.querySelectorAll('body *')]
            // The edge first: it is one cached layout read, while inScroller reads the computed style of every ancestor.
            .filter(el => el.getBoundingClientRect().right > width + 0.5 && !inScroller(el) && getComputedStyle(el).visibility !== 'hidden')
            .filter(el => !el.closest('.app-visually-hidden, .app-skip-link'))
            .slice(0, 5).map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + '.' + el.className);
          const rows = [...document.querySelectorAll('table tr')].map(tr => ({ h: tr.getBoundingClientRect().height, t: (tr.textContent || '').trim().slice(0, 40) }));
          const tallest = rows.reduce((a, b) => (b.h > a.h ? b : a), { h: 0, t: '' });
          const unhinted = ({{UnhintedScript}})();
          const texts = [...document.querySelectorAll('svg text')].map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a);
          return {
            height: document.documentElement.scrollHeight, overflow: document.documentElement.scrollWidth - width, wide,
            tallestRow: tallest.h, tallestRowText: tallest.t, smallestSvgText: texts.length ? Math.min(...texts) : 99, unhinted,
          };
        }
        """;

    /// <summary>The light visit of <paramref name="path"/>: its layout measures and axe result.</summary>
    public static async Task<PhonePage> LightAsync(this BrowserSite site, string path) => (await site.PhoneAsync(path)).Light;

    /// <summary>The dark visit of <paramref name="path"/>: its axe result (<see cref="PhonePage.Layout"/> is not measured).</summary>
    public static async Task<PhonePage> DarkAsync(this BrowserSite site, string path) => (await site.PhoneAsync(path)).Dark;

    /// <summary>
    /// Starts the visits of the pages that <paramref name="rows"/> (theory data) name first, so they load while earlier
    /// tests assert. Each visit reads the page light and dark.
    /// </summary>
    public static void Start(this BrowserSite site, IEnumerable<object[]> rows)
    {
        foreach (var path in rows.Select(row => (string)row[0]))
        {
            _ = site.PhoneAsync(path);
        }
    }

    /// <summary>
    /// One load of <paramref name="path"/> read in both colour schemes: measured (and photographed) before axe runs (the
    /// reused pages load it with every page, <see cref="AxeInPage.PreloadAxeAsync"/>), every WCAG rule in light, then the browser switched to dark and axe's colour rules run again. The site has
    /// no script, so switching the scheme on the loaded page gives what a dark load would (only the colours change).
    /// </summary>
    private static Task<(PhonePage Light, PhonePage Dark)> PhoneAsync(this BrowserSite site, string path) =>
        site.OnceAsync($"phone {path}", () => site.VisitReusedAsync(path, Width, Height, async page =>
        {
            var layout = await page.EvaluateAsync<PhoneLayout>(MeasureScript);
            if (Environment.GetEnvironmentVariable(ScreenshotsVariable) == "1")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotPath(path))!);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath(path), FullPage = true });
            }

            // Every rule runs on every node; only violations are collected (axe's advice for large pages).
            var light = new PhonePage(path, ColorScheme.Light, layout, await page.AxeAsync(WcagTags));
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
            var dark = new PhonePage(path, ColorScheme.Dark, null, await page.AxeAsync([], ColourRules));
            return (light, dark);
        }));

    /// <summary>Where a light visit leaves its full-page screenshot when <see cref="ScreenshotsVariable"/> is 1 (bin/…/screenshots/).</summary>
    public static string ScreenshotPath(string path) =>
        Path.Combine(AppContext.BaseDirectory, "screenshots", (path.Trim('/').Replace('/', '_').Replace('?', '_').Replace('=', '_').Replace('&', '_') is { Length: > 0 } name ? name : "home") + ".png");
}

/// <summary>One visit of a page at 360 × 800 in one colour scheme.</summary>
/// <param name="Path">The page's path and query, as visited.</param>
/// <param name="Scheme">The colour scheme the browser asked for.</param>
/// <param name="Layout">The layout measures; null for a dark visit.</param>
/// <param name="Axe">axe's violations, every impact: <see cref="PhonePages.WcagTags"/> (light) or <see cref="PhonePages.ColourRules"/> (dark).</param>
public sealed record PhonePage(string Path, ColorScheme Scheme, PhoneLayout? Layout, AxeResult Axe)
{
    /// <summary>axe's violations at <paramref name="impacts"/> (all when none are given), one line each, naming the scheme and a node.</summary>
    public IReadOnlyList<string> Violations(params string[] impacts) =>
        [.. Axe.Violations
            .Where(v => impacts.Length == 0 || impacts.Contains(v.Impact))
            .Select(v => $"{Path} ({Scheme}): {v.Id}: {v.Help} ({v.Nodes.Length} nodes, e.g. {v.Nodes.FirstOrDefault()?.Target})")];
}

/// <summary>What the measure script reads from a laid-out page, in CSS pixels.</summary>
public sealed class PhoneLayout
{
    /// <summary>The document's scroll height.</summary>
    public double Height { get; set; }

    /// <summary>How far the document scrolls sideways past the 360 px screen (0 or less: not at all).</summary>
    public double Overflow { get; set; }

    /// <summary>Up to five elements reaching past the screen's right edge outside a deliberate scroller.</summary>
    public string[] Wide { get; set; } = [];

    public double TallestRow { get; set; }

    /// <summary>The first 40 characters of the tallest table row.</summary>
    public string TallestRowText { get; set; } = "";

    /// <summary>The smallest rendered chart (SVG) text size; 99 when the page has no chart text.</summary>
    public double SmallestSvgText { get; set; }

    /// <summary>Up to five tables wider than their box with no visible "swipe sideways" hint just above (id or first words).</summary>
    public string[] Unhinted { get; set; } = [];
}
