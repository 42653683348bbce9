using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace MaGuide.Browser.Tests;

/// <summary>
/// The real site on Kestrel (a loopback port), and Debian's Chromium (its headless shell) driven by Playwright: one of each for the whole
/// run. Page visits that several tests read (a page's layout, its axe result) run once and are shared
/// (<see cref="OnceAsync{T}"/>), a few at a time in reused pages (<see cref="VisitReusedAsync{T}"/>).
/// </summary>
public sealed class BrowserSite : IAsyncLifetime, IDisposable
{
    /// <summary>
    /// Debian's Chromium headless shell (package <c>chromium-headless-shell</c>): the same Blink and V8 as the full
    /// browser, without its windowing and browser UI, and what Playwright itself runs for headless Chromium. On this
    /// 2-core machine the browser project took 73–83 s of CPU and 42–49 s with it, against 136–142 s and 71–76 s with
    /// the full browser (docs/performance.md, twelfth session).
    /// </summary>
    public const string HeadlessShellPath = "/usr/bin/chromium-headless-shell";

    /// <summary>Debian's full Chromium, used when only it is installed (a developer's machine).</summary>
    public const string FullChromiumPath = "/usr/bin/chromium";

    /// <summary>The Chromium the tests drive: the headless shell when installed, else the full browser.</summary>
    public static string ChromiumPath => File.Exists(HeadlessShellPath) ? HeadlessShellPath : FullChromiumPath;

    /// <summary>
    /// How many shared visits run at once: while the site renders one page Chromium lays out another. More than the
    /// cores plus one only queues (and CI runs the web test project beside this one).
    /// </summary>
    private static readonly int Parallelism = Math.Max(2, Environment.ProcessorCount + 1);

    private readonly SemaphoreSlim visits = new(Parallelism);
    private readonly ConcurrentDictionary<string, Lazy<Task>> shared = new(StringComparer.Ordinal);
    private Process? server;
    private readonly string storePath = Path.Combine(Path.GetTempPath(), "maguide-browser-tests", Guid.NewGuid().ToString("n"), "maguide.db");
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Browser tests run wherever Chromium is installed, and always in CI (where a missing browser fails them).</summary>
    public static bool CanRun => File.Exists(ChromiumPath) || Environment.GetEnvironmentVariable("CI") is { Length: > 0 };

    public async Task InitializeAsync()
    {
        if (!CanRun)
        {
            return;
        }

        // The site builds its store while Chromium starts.
        var site = StartServerAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        BaseUrl = await site;
    }

    public async Task DisposeAsync()
    {
        // Visits started ahead for tests that a filter left out still hold pages: let them end before the browser does.
        await Task.WhenAll(shared.Values.Where(v => v.IsValueCreated).Select(v => v.Value.ContinueWith(_ => { }, TaskScheduler.Default)));
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await Task.CompletedTask;
    }

    public void Dispose()
    {
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
        }

        server?.Dispose();
        visits.Dispose();
    }

    /// <summary>
    /// Starts <paramref name="run"/> the first time <paramref name="key"/> is asked for and hands every caller the same
    /// task, so tests that read one visit share it (a failure is reported by each test that reads it).
    /// </summary>
    public Task<T> OnceAsync<T>(string key, Func<Task<T>> run) =>
        (Task<T>)shared.GetOrAdd(key, _ => new Lazy<Task>(() => Task.Run(run))).Value;

    private readonly ConcurrentBag<IPage> phonePages = [];

    /// <summary>
    /// Opens <paramref name="path"/> at <paramref name="width"/> × <paramref name="height"/> in a reused page (one per
    /// visit slot: a new browser context costs a renderer process, about 0.4 s, and the site sets no cookies or storage
    /// to carry over), in the light colour scheme, lets <paramref name="read"/> measure it, and hands the page back.
    /// A page whose visit failed is closed, not reused.
    /// </summary>
    public async Task<T> VisitReusedAsync<T>(string path, int width, int height, Func<IPage, Task<T>> read)
    {
        await visits.WaitAsync();
        IPage? page = null;
        try
        {
            if (!phonePages.TryTake(out page))
            {
                var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, BypassCSP = true });
                context.SetDefaultNavigationTimeout(120_000);
                await context.PreloadAxeAsync();
                page = await context.NewPageAsync();
            }

            await page.SetViewportSizeAsync(width, height);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
            var response = await page.GotoAsync(BaseUrl + path);
            var result = response is null ? throw new InvalidOperationException($"{path}: no response") : await read(page);
            phonePages.Add(page);
            page = null;
            return result;
        }
        finally
        {
            if (page is not null)
            {
                await page.Context.CloseAsync();
            }

            visits.Release();
        }
    }

    /// <summary>
    /// Runs the built site as its own process on a free loopback port, as it runs in production
    /// (the test host's in-process Kestrel mode does not serve static files the same way).
    /// </summary>
    private async Task<string> StartServerAsync()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var url = $"http://127.0.0.1:{Port}";
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "MaGuide.Web.dll"), "--urls", url, "--contentRoot", ProjectFolder()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Store__Path"] = storePath;
        info.Environment["Site__HttpsRedirection"] = "false";
        server = Process.Start(info)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();

        using var http = new HttpClient();
        for (var attempt = 0; attempt < 1200; attempt++)
        {
            try
            {
                if ((await http.GetAsync(url + "/healthz")).IsSuccessStatusCode)
                {
                    return url;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException($"The site did not start at {url}");
    }

    private int Port { get; set; }

    public static string ProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "MaGuide.Web");
            if (Directory.Exists(Path.Combine(candidate, "wwwroot")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/MaGuide.Web not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A phone-sized page (the readers we design for), optionally with JavaScript off.</summary>
    public async Task<IPage> NewPageAsync(int width = 390, int height = 844, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            // axe injects its script into the page; the site's CSP rightly forbids that for everyone else.
            BypassCSP = true,
        });
        return await context.NewPageAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}

/// <summary>A fact that is skipped only when Chromium is missing and CI is not set.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!BrowserSite.CanRun)
        {
            Skip = $"Chromium is not installed (neither {BrowserSite.HeadlessShellPath} nor {BrowserSite.FullChromiumPath}); run scripts/install-browser.sh (CI always runs these tests)";
        }
    }
}

/// <summary>A theory that is skipped only when Chromium is missing and CI is not set.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!BrowserSite.CanRun)
        {
            Skip = $"Chromium is not installed (neither {BrowserSite.HeadlessShellPath} nor {BrowserSite.FullChromiumPath}); run scripts/install-browser.sh (CI always runs these tests)";
        }
    }
}
