using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MaGuide.Web.Tests.Pages;

namespace MaGuide.Web.Tests.Infrastructure;

/// <summary>The built site started as an operator would, from a folder that is not the app's (the README's deploy line).</summary>
public sealed class ForeignFolderServer : IAsyncLifetime
{
    private readonly string work = Path.Combine(Path.GetTempPath(), "maguide-tests", Guid.NewGuid().ToString("n"));
    private readonly System.Text.StringBuilder output = new();
    private Process? server;

    public string Url { get; private set; } = "";

    public string Output { get { lock (output) { return output.ToString(); } } }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(work);
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        Url = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet", [Path.Combine(SiteFiles.Output, "MaGuide.Web.dll"), "--urls", Url])
        {
            WorkingDirectory = work,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var store = Path.Combine(work, "store", "maguide.db");
        BuiltStores.CopyFor(Fixtures.Site, store);
        info.Environment["Store__Path"] = store;
        info.Environment["Site__HttpsRedirection"] = "false";
        server = Process.Start(info)!;
        server.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        server.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 1200 && !server.HasExited; attempt++)
        {
            try
            {
                if ((await http.GetAsync(Url + "/healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException("The site did not start:\n" + Output);
    }

    public Task DisposeAsync()
    {
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }

        server?.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class RunFromAnywhereTests(ForeignFolderServer site) : IClassFixture<ForeignFolderServer>
{
    [Fact]
    public async Task Started_from_another_folder_the_site_loads_its_settings_logs_and_serves_its_files()
    {
        using var http = new HttpClient { BaseAddress = new Uri(site.Url) };
        var home = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.False(home.Headers.Contains("Server"), "the Server header names the web server");

        var page = await SiteFactory.ParseAsync(home);
        foreach (var href in new[] { page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!, page.QuerySelector("link[rel=icon]")!.GetAttribute("href")! })
        {
            var file = await http.GetAsync(href);
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.True((await file.Content.ReadAsByteArrayAsync()).Length > 100, $"{href} came back empty");
        }

        // appsettings.json names the compact JSON formatter for the console outside Development.
        await Task.Delay(500);
        Assert.Contains("\"@t\":", site.Output, StringComparison.Ordinal);
    }
}
