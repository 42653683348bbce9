using System.Diagnostics;
using System.Text.RegularExpressions;

namespace MaGuide.Web.Tests;

public sealed partial class ExportTests
{
    [Fact]
    public async Task Export_writes_every_page_and_every_local_link_in_them_resolves_to_a_written_file()
    {
        var work = Path.Combine(Path.GetTempPath(), "maguide-tests", Guid.NewGuid().ToString("n"));
        var folder = Path.Combine(work, "site");
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "MaGuide.Web.dll"), "export", folder, $"--Store:Path={Path.Combine(work, "store.db")}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(process.ExitCode == 0, await stdout + await stderr);
        Assert.Contains("export: wrote", await stdout, StringComparison.Ordinal);
        foreach (var expected in new[] { "index.html", "guides/duties-and-skills/index.html", "states/ca/index.html", "scope/injections/index.html", "compare/rn/index.html", "salary/index.html", "data/wages.csv", "sitemap.xml", "feed.xml", "404.html" })
        {
            Assert.True(File.Exists(Path.Combine(folder, expected)), $"{expected} was not exported");
        }

        foreach (var page in Directory.GetFiles(folder, "*.html", SearchOption.AllDirectories))
        {
            foreach (Match link in LocalLink().Matches(await File.ReadAllTextAsync(page)))
            {
                var path = link.Groups[1].Value.Split('#')[0];
                if (path.StartsWith("/search", StringComparison.Ordinal) || path == "/healthz")
                {
                    continue; // dynamic; documented as needing the server
                }

                var file = Path.Combine(folder, MaGuide.Web.Infrastructure.StaticExport.FileFor(path.Split('?')[0]));
                Assert.True(File.Exists(file), $"{Path.GetRelativePath(folder, page)} links to {path}, which was not exported");
            }
        }
    }

    [GeneratedRegex("(?:href|src)=\"(/[^/\"][^\"]*)\"")]
    private static partial Regex LocalLink();
}
