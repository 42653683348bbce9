using System.Text.RegularExpressions;
using System.Xml.Linq;
using MaGuide.Web.Content;
using MaGuide.Web.Data;
using MaGuide.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MaGuide.Web.Commands;

/// <summary>
/// The <c>export &lt;folder&gt;</c> verb: starts the site on a loopback port, fetches every page in the sitemap plus the downloads,
/// feeds and the files pages link to, and writes them as static files (<c>/guides/x</c> becomes <c>guides/x/index.html</c>)
/// for a CDN or any static host.
/// </summary>
public static partial class StaticExport
{
    /// <summary>
    /// True when <c>Site:BaseUrl</c> is an absolute address; otherwise says on <paramref name="output"/> that the export
    /// needs one. The verb asks this before it prepares the store or reads a guide, so a forgotten option costs nothing.
    /// </summary>
    public static bool HasBaseUrl(IConfiguration configuration, TextWriter output)
    {
        if (SiteLinks.ConfiguredOrigin(configuration) is { } baseUrl && Uri.TryCreate(baseUrl, UriKind.Absolute, out _))
        {
            return true;
        }

        output.WriteLine("export: give the address the copy will be served at, e.g. --Site:BaseUrl=https://example.org (canonical links, the sitemap and the feed use it)");
        return false;
    }

    /// <summary>
    /// Serves the started site (<paramref name="app"/>, its store prepared) to itself and writes it under
    /// <paramref name="folder"/>, relative to <see cref="CallerDirectory"/>; returns the exit code: 0 written, 1 a page
    /// failed. The <c>export</c> verb has already checked <see cref="HasBaseUrl"/> before preparing the store.
    /// </summary>
    public static async Task<int> RunAsync(WebApplication app, string folder, TextWriter output)
    {
        app.Services.GetRequiredService<StaticCopy>().IsExport = true;
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var http = new HttpClient { BaseAddress = new Uri(address) };

            // The exporter stands where a TLS-terminating proxy would, so HTTPS redirection lets it through.
            http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
            var root = Path.GetFullPath(folder, CallerDirectory());
            Directory.CreateDirectory(root);

            var sitemap = XDocument.Parse(await http.GetStringAsync(SiteLinks.Sitemap));
            var queue = new Queue<string>(
                sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).AbsolutePath)
                    .Concat([SiteLinks.Home, SiteLinks.Robots, SiteLinks.Sitemap, SiteLinks.Feed])
                    .Concat(DataPages.Tables.SelectMany(t => new[] { SiteLinks.DataTable(t, "csv"), SiteLinks.DataTable(t, "json") }))
                    .Distinct(StringComparer.Ordinal));
            var seen = new HashSet<string>(queue, StringComparer.Ordinal);
            var written = 0L;
            var files = 0;
            while (queue.TryDequeue(out var path))
            {
                using var response = await http.GetAsync(path);
                if (!response.IsSuccessStatusCode)
                {
                    await output.WriteLineAsync($"export: {path} answered {(int)response.StatusCode}; not written");
                    return 1;
                }

                var bytes = await response.Content.ReadAsByteArrayAsync();
                var target = Path.Combine(root, FileFor(path));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await File.WriteAllBytesAsync(target, bytes);
                written += bytes.Length;
                files++;

                if (response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    // Stylesheets, icons and any page not in the sitemap that a page links to.
                    foreach (Match match in LocalLinkPattern().Matches(System.Text.Encoding.UTF8.GetString(bytes)))
                    {
                        var link = System.Net.WebUtility.HtmlDecode(match.Groups[1].Value).Split('#')[0];
                        if (link.Length > 0 && !link.Contains('?', StringComparison.Ordinal) && seen.Add(link))
                        {
                            queue.Enqueue(link);
                        }
                    }
                }
            }

            using (var notFound = await http.GetAsync(SiteLinks.Error(404)))
            {
                await File.WriteAllBytesAsync(Path.Combine(root, "404.html"), await notFound.Content.ReadAsByteArrayAsync());
                files++;
            }

            await output.WriteLineAsync($"export: wrote {files} files ({written / 1024} KiB) to {root}");
            return 0;
        }
        finally
        {
            await app.StopAsync();
        }
    }

    /// <summary>
    /// The folder the command was typed in. <c>dotnet run --project</c> starts the app in the project folder, but
    /// the shell's own folder is still in <c>PWD</c>, and a relative path means relative to that.
    /// </summary>
    public static string CallerDirectory() =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } shell && Path.IsPathFullyQualified(shell) && Directory.Exists(shell)
            ? shell
            : Environment.CurrentDirectory;

    /// <summary>The file a path is saved as: pages become folder/index.html, files keep their name.</summary>
    public static string FileFor(string path)
    {
        var trimmed = path.Trim('/');
        return trimmed.Length == 0 ? "index.html"
            : Path.HasExtension(trimmed) ? trimmed
            : Path.Combine(trimmed, "index.html");
    }

    [GeneratedRegex("(?:href|src)=\"(/[^/\"][^\"]*)\"")]
    private static partial Regex LocalLinkPattern();
}
