using System.Diagnostics;
using System.Text.RegularExpressions;
using MaGuide.Web.Commands;
using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Tests;

/// <summary>
/// The site exported once to a temporary folder by the real <c>export</c> verb, as an editor runs it: <c>dotnet run</c>
/// starts it in Development (launchSettings.json), where the live site shows drafts, and the content holds a draft.
/// </summary>
public sealed class ExportedSite : IAsyncLifetime
{
    public const string BaseUrl = "https://maguide.example";

    /// <summary>The shell's folder when the command was typed; the export is asked for the relative path <c>out/site</c>.</summary>
    public string ShellFolder { get; } = Path.Combine(Path.GetTempPath(), "maguide-tests", Guid.NewGuid().ToString("n"));

    public string Folder => Path.Combine(ShellFolder, "out", "site");

    public int ExitCode { get; private set; }

    public string Output { get; private set; } = "";

    /// <summary>A copy of the site's content with a draft guide (<see cref="EditorContent"/>).</summary>
    public ContentPaths Content { get; } = EditorContent.Create(withGit: false);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ShellFolder);
        var store = Path.Combine(ShellFolder, "store", "maguide.db");
        BuiltStores.CopyFor(Content, store); // the export serves the store built once for this run
        (ExitCode, Output) = await ExportAsync(ShellFolder, "export", "out/site", "--environment", "Development",
            $"--Content:Root={Content.Root}", $"--Site:BaseUrl={BaseUrl}", $"--Store:Path={store}");
    }

    /// <summary>Runs the export verb as <c>dotnet run</c> does: started in the app's folder, with the shell's folder in PWD.</summary>
    public static async Task<(int ExitCode, string Output)> ExportAsync(string shellFolder, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "MaGuide.Web.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["PWD"] = shellFolder;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // Generous: on a shared 2-core machine under a full parallel test run an export has taken minutes.
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(8));
        return (process.ExitCode, await stdout + await stderr);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>One export shared by the tests that read it (the export verb takes a minute on a busy machine).</summary>
[CollectionDefinition(Name)]
public sealed class ExportedSiteTests : ICollectionFixture<ExportedSite>
{
    public const string Name = "export";
}

[Collection(ExportedSiteTests.Name)]
public sealed partial class ExportTests(ExportedSite site)
{
    [Fact]
    public async Task Export_writes_every_page_and_every_local_link_in_them_resolves_to_a_written_file()
    {
        Assert.True(site.ExitCode == 0, site.Output);
        Assert.Contains("export: wrote", site.Output, StringComparison.Ordinal);
        foreach (var expected in new[] { "index.html", "guides/duties-and-skills/index.html", "states/ca/index.html", "scope/injections/index.html", "compare/rn/index.html", "salary/index.html", "data/wages.csv", "sitemap.xml", "feed.xml", "404.html" })
        {
            Assert.True(File.Exists(Path.Combine(site.Folder, expected)), $"{expected} was not exported");
        }

        foreach (var page in Directory.GetFiles(site.Folder, "*.html", SearchOption.AllDirectories))
        {
            foreach (Match link in LocalLink().Matches(await File.ReadAllTextAsync(page)))
            {
                var path = link.Groups[1].Value.Split('#')[0];
                if (path.StartsWith("/search", StringComparison.Ordinal) || path == "/healthz")
                {
                    continue; // dynamic; documented as needing the server
                }

                var file = Path.Combine(site.Folder, StaticExport.FileFor(path.Split('?')[0]));
                Assert.True(File.Exists(file), $"{Path.GetRelativePath(site.Folder, page)} links to {path}, which was not exported");
            }
        }
    }

    [Fact]
    public async Task The_copy_is_written_where_the_command_was_typed_and_names_the_given_base_url()
    {
        Assert.True(site.ExitCode == 0, site.Output);
        Assert.False(Directory.Exists(Path.Combine(AppContext.BaseDirectory, "out")), "the export was written into the app's folder");
        var home = await File.ReadAllTextAsync(Path.Combine(site.Folder, "index.html"));
        Assert.Contains($"<link rel=\"canonical\" href=\"{ExportedSite.BaseUrl}/\">", home, StringComparison.Ordinal);
        var leaks = Directory.GetFiles(site.Folder, "*", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("http://127.0.0.1", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(site.Folder, f)).ToList();
        Assert.True(leaks.Count == 0, "files naming the exporter's own address: " + string.Join(", ", leaks));
        Assert.StartsWith($"{ExportedSite.BaseUrl}/", System.Xml.Linq.XDocument.Load(Path.Combine(site.Folder, "sitemap.xml")).Descendants().First(e => e.Name.LocalName == "loc").Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_exported_search_page_says_search_needs_the_live_site_and_lists_every_guide()
    {
        Assert.True(site.ExitCode == 0, site.Output);
        var html = await File.ReadAllTextAsync(Path.Combine(site.Folder, "search", "index.html"));

        Assert.Contains("Searching needs the live site", html, StringComparison.Ordinal);
        foreach (var guide in Directory.GetFiles(Path.Combine(site.Folder, "guides"), "index.html", SearchOption.AllDirectories))
        {
            var slug = Path.GetFileName(Path.GetDirectoryName(guide))!;
            Assert.Contains($"href=\"{MaGuide.Web.Content.SiteLinks.Guide(slug)}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Export_without_a_base_url_stops_with_a_message_before_building_anything()
    {
        var folder = Path.Combine(Path.GetTempPath(), "maguide-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);

        var (exitCode, output) = await ExportedSite.ExportAsync(folder, "export", "site", $"--Store:Path={Path.Combine(folder, "maguide.db")}");

        Assert.Equal(2, exitCode);
        Assert.Contains("--Site:BaseUrl=", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "site")));
        // The forgotten option is named before the store is prepared (it had been built from every CSV first).
        Assert.Empty(Directory.GetFiles(folder, "maguide*"));
    }

    /// <summary>A static export never holds a draft, although the live site shows drafts in Development (issue #18 point 5).</summary>
    [Fact]
    public async Task An_export_run_in_development_writes_no_draft_page_and_no_draft_text()
    {
        Assert.True(site.ExitCode == 0, site.Output);
        Assert.True(File.Exists(Path.Combine(site.Folder, "guides", "faq", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Folder, "changes", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Folder, "changes", "feed.xml")));
        Assert.False(Directory.Exists(Path.Combine(site.Folder, "guides", EditorContent.DraftSlug)));
        foreach (var file in Directory.GetFiles(site.Folder, "*", SearchOption.AllDirectories))
        {
            var text = await File.ReadAllTextAsync(file);
            Assert.False(text.Contains(EditorContent.DraftWord, StringComparison.Ordinal) || text.Contains(EditorContent.DraftSlug, StringComparison.Ordinal), $"{file} mentions the draft");
        }
    }

    /// <summary>Every page is valid HTML by the Nu Html Checker (installed by scripts/install-validator.sh).</summary>
    [ValidatorFact]
    public async Task Every_exported_page_is_valid_html()
    {
        Assert.True(site.ExitCode == 0, site.Output);
        var pages = Directory.GetFiles(site.Folder, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 50, $"only {pages.Length} pages exported");
        // One short run: the quick compiler only (its frames are larger, hence the bigger stack) and the serial collector
        // halve the checker's CPU time (about 10 s to 4.7 s for 256 pages on this 2-core machine); the verdict is the same.
        var info = new ProcessStartInfo("java", ["-Xss16m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", ValidatorFactAttribute.JarPath!, "--errors-only", .. pages])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));

        var report = (await stdout + await stderr).Replace("file:" + site.Folder, "", StringComparison.Ordinal);
        Assert.True(process.ExitCode == 0, report);
    }

    [GeneratedRegex("(?:href|src)=\"(/[^/\"][^\"]*)\"")]
    private static partial Regex LocalLink();
}

/// <summary>Runs where the validator is installed; skipped only when it is missing and CI is not set.</summary>
public sealed class ValidatorFactAttribute : FactAttribute
{
    public static string? JarPath { get; } = Find();

    public ValidatorFactAttribute()
    {
        if (JarPath is null && Environment.GetEnvironmentVariable("CI") is not { Length: > 0 })
        {
            Skip = "The Nu Html Checker is not installed; run scripts/install-validator.sh (CI always runs this test)";
        }
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var jar = Path.Combine(dir.FullName, "tools", "vnu", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
            if (File.Exists(jar))
            {
                return jar;
            }
        }

        return null;
    }
}
