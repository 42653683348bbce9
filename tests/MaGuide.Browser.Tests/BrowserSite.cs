using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace MaGuide.Browser.Tests;

/// <summary>The real site on Kestrel (a loopback port), and Debian's Chromium driven by Playwright.</summary>
public sealed class BrowserSite : IAsyncLifetime, IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

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

        BaseUrl = await StartServerAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
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
            Skip = $"Chromium is not installed at {BrowserSite.ChromiumPath}; run scripts/install-browser.sh (CI always runs these tests)";
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
            Skip = $"Chromium is not installed at {BrowserSite.ChromiumPath}; run scripts/install-browser.sh (CI always runs these tests)";
        }
    }
}
