using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json.Linq;

namespace MaGuide.Browser.Tests;

/// <summary>
/// Runs axe-core (the script bundled with Deque.AxeCore.Commons, the same version the Playwright package injects) with
/// <c>axe.run</c> in the page itself. <c>Deque.AxeCore.Playwright</c>'s <c>RunAxe</c> gives the same result but finishes
/// each run in a second, isolated page: measured on this 2-core machine that added 3–5 s to every run (a 1,074-node page:
/// 5.3 s against 1.6 s for injecting the script and running it here), which was most of the browser suite's time.
/// </summary>
public static class AxeInPage
{
    private static readonly Lazy<string> Bundled = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>The axe-core script (about 650 KB).</summary>
    public static string Script => Bundled.Value;

    /// <summary>
    /// Makes every page <paramref name="context"/> loads start with axe defined, so <see cref="AxeAsync"/> finds it there.
    /// The browser keeps the script and evaluates it in each new document itself: sending it over the wire and compiling
    /// it again for every page load cost about 0.7 s a page on this 2-core machine, against about 0.05 s this way. axe
    /// only defines <c>window.axe</c> until it is run; it does not touch the page.
    /// </summary>
    public static Task PreloadAxeAsync(this IBrowserContext context) => context.AddInitScriptAsync(Script);

    /// <summary>
    /// axe's violations on <paramref name="page"/> for the rules tagged <paramref name="tags"/> (e.g. "wcag2aa"), or the
    /// rules named <paramref name="rules"/> when given. Passing and inapplicable results are not collected; the tests
    /// never read them. The page's CSP must be bypassed (the browser context's <c>BypassCSP</c>) for the script to load.
    /// </summary>
    public static async Task<AxeResult> AxeAsync(this IPage page, IReadOnlyList<string> tags, IReadOnlyList<string>? rules = null)
    {
        if (await page.EvaluateAsync<bool>("() => typeof window.axe === 'undefined'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script });
        }
        var json = await page.EvaluateAsync<string>(
            """
            async ([type, values]) => JSON.stringify(await axe.run(document, { runOnly: { type, values }, resultTypes: ['violations'] }))
            """,
            rules is null ? new object[] { "tag", tags } : ["rule", rules]);
        return new AxeResult(JObject.Parse(json));
    }
}
