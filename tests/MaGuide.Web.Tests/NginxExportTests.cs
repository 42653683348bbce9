using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace MaGuide.Web.Tests;

/// <summary>
/// The shipped nginx configuration (deploy/nginx-static.conf) serving a real export, as the origin behind a CDN
/// (issue #18 point 11): clean URLs, the 404 page, content types, cache headers and security headers.
/// Needs nginx (Debian's nginx-light; CI installs it); skipped only when it is missing and CI is not set.
/// </summary>
[Collection(ExportedSiteTests.Name)]
public sealed partial class NginxExportTests(ExportedSite site) : IAsyncLifetime, IDisposable
{
    internal static readonly string? Nginx = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists);
    private readonly string folder = Path.Combine(Path.GetTempPath(), "maguide-tests", "nginx-" + Guid.NewGuid().ToString("n"));
    private Process? nginx;
    private HttpClient client = new();

    public async Task InitializeAsync()
    {
        if (Nginx is null)
        {
            Assert.True(Environment.GetEnvironmentVariable("CI") is null, "CI must run the nginx test: install nginx-light");
            return; // every test here is skipped (NginxFact)
        }

        Assert.True(site.ExitCode == 0, site.Output);
        var port = FreePort();
        var server = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "nginx-static.conf"));
        // Only the listening address and the folder differ from the shipped file.
        server = Listen().Replace(server, $"listen 127.0.0.1:{port};", 1);
        server = Root().Replace(server, $"root {site.Folder};", 1);
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            daemon off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log;
            events { worker_connections 64; }
            http {
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                access_log off;
                client_body_temp_path {{folder}}/tmp;
                proxy_temp_path {{folder}}/tmp;
                fastcgi_temp_path {{folder}}/tmp;
                uwsgi_temp_path {{folder}}/tmp;
                scgi_temp_path {{folder}}/tmp;
                {{server}}
            }
            """);
        nginx = Process.Start(new ProcessStartInfo(Nginx, ["-c", Path.Combine(folder, "nginx.conf"), "-p", folder]) { RedirectStandardError = true })!;
        client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}"),
        };
        for (var i = 0; i < 100; i++)
        {
            try
            {
                await client.GetAsync("/robots.txt");
                return;
            }
            catch (HttpRequestException) when (!nginx.HasExited)
            {
                await Task.Delay(50);
            }
        }

        Assert.Fail("nginx did not start: " + await nginx.StandardError.ReadToEndAsync());
    }

    public Task DisposeAsync()
    {
        if (nginx is { HasExited: false })
        {
            // The whole tree: killing only the master left its worker processes running (as orphans, holding the
            // inherited file descriptors of whatever started the tests) after every run.
            nginx.Kill(entireProcessTree: true);
            nginx.WaitForExit();
        }

        return Task.CompletedTask;
    }

    public void Dispose()
    {
        nginx?.Dispose();
        client.Dispose();
    }

    [NginxTheory]
    [InlineData("/", "text/html")]
    [InlineData("/guides/faq", "text/html")]
    [InlineData("/states/dc", "text/html")]
    [InlineData("/salary/trend", "text/html")]
    [InlineData("/feed.xml", "application/atom+xml")]
    [InlineData("/sitemap.xml", "application/xml")]
    [InlineData("/data/wages.csv", "text/csv")]
    [InlineData("/data/wages.json", "application/json")]
    public async Task Each_kind_of_exported_file_is_served_with_its_type_utf8_and_a_short_cache_lifetime(string path, string type)
    {
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("public, max-age=300, must-revalidate", response.Headers.NonValidated["Cache-Control"].ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.NotNull(response.Headers.ETag);
    }

    [NginxFact]
    public async Task Fingerprinted_files_the_pages_link_are_cached_for_a_year_as_immutable()
    {
        var home = await client.GetStringAsync("/");
        var assets = Fingerprinted().Matches(home).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.Contains(assets, a => a.EndsWith(".css", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            using var response = await client.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.NonValidated["Cache-Control"].ToString());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [NginxFact]
    public async Task A_missing_address_gets_the_exported_not_found_page_with_404_and_compression_is_on()
    {
        using var missing = await client.GetAsync("/guides/no-such-guide");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/guides/faq");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var gzipped = await client.SendAsync(request);
        Assert.Equal("gzip", gzipped.Content.Headers.ContentEncoding.Single());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"listen 80;")]
    private static partial Regex Listen();

    [GeneratedRegex(@"root /srv/maguide/site;")]
    private static partial Regex Root();

    [GeneratedRegex(@"(?:href|src)=""(/[^""]+\.[a-z0-9]{8,}\.(?:css|svg))""")]
    private static partial Regex Fingerprinted();
}

/// <summary>A fact skipped only when nginx is missing and CI is not set (CI installs nginx-light).</summary>
public sealed class NginxFactAttribute : FactAttribute
{
    public NginxFactAttribute()
    {
        if (NginxExportTests.Nginx is null && Environment.GetEnvironmentVariable("CI") is null)
        {
            Skip = "nginx is not installed (apt-get install nginx-light); CI always runs these tests";
        }
    }
}

/// <summary>A theory skipped only when nginx is missing and CI is not set.</summary>
public sealed class NginxTheoryAttribute : TheoryAttribute
{
    public NginxTheoryAttribute()
    {
        if (NginxExportTests.Nginx is null && Environment.GetEnvironmentVariable("CI") is null)
        {
            Skip = "nginx is not installed (apt-get install nginx-light); CI always runs these tests";
        }
    }
}
