using MaGuide.Web.Content;
using MaGuide.Web.ContentFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MaGuide.Web.Tests.Content;

public sealed class GuideCatalogSourceTests
{
    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "MaGuide.Web";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private static GuideCatalogSource Start(ContentPaths paths, string environment = "Production") =>
        new(new GuideLoader(new GuideMarkdown()), paths, new Environment(environment), NullLogger<GuideCatalogSource>.Instance);

    [Fact]
    public void The_catalog_holds_every_valid_guide_with_its_parts()
    {
        using var source = Start(Fixtures.Good);

        var catalog = source.Current;
        Assert.Equal(["what-is-a-medical-assistant", "second-guide"], catalog.Guides.Select(g => g.Slug));
        var hub = Assert.IsType<Guide>(catalog.Hub);
        Assert.Equal(["good-source"], catalog.SourcesOf(hub).Select(s => s.Id));
        Assert.Equal(["second-guide"], catalog.RelatedTo(hub).Select(g => g.Slug));
        Assert.Equal(new DateOnly(2026, 11, 1), hub.Reviewed);
    }

    [Fact]
    public void At_start_up_a_broken_guide_is_left_out_and_the_rest_still_serve()
    {
        var paths = Fixtures.CopyOf(Fixtures.Bad);
        File.WriteAllText(Path.Combine(paths.Guides, "fine.md"), "---\ntitle: Fine\ndescription: Fine.\nsection: pay\nreviewed: 2026-11-02\n---\nText.\n");
        using var source = Start(paths);

        var slugs = source.Current.Guides.Select(g => g.Slug).ToList();
        Assert.Contains("fine", slugs);
        Assert.DoesNotContain("bad-links", slugs);
        Assert.DoesNotContain("missing-title", slugs);
    }

    [Fact]
    public void A_reload_with_a_broken_file_keeps_the_last_good_version_of_that_guide()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        using var source = Start(paths);
        var before = source.Current.Find("second-guide");

        File.WriteAllText(Path.Combine(paths.Guides, "second-guide.md"), "---\ntitle: [broken\n---\n");

        Assert.False(source.Reload());
        Assert.Same(before, source.Current.Find("second-guide"));
        Assert.Equal(2, source.Current.Guides.Count);
    }

    [Fact]
    public void A_reload_with_one_broken_guide_still_reloads_the_good_ones()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        using var source = Start(paths);
        var reloaded = 0;
        source.Reloaded += _ => reloaded++;

        File.WriteAllText(Path.Combine(paths.Guides, "second-guide.md"), "---\ntitle: [broken\n---\n");
        File.WriteAllText(Path.Combine(paths.Guides, "third-guide.md"), "---\ntitle: Third\ndescription: New.\nsection: pay\nreviewed: 2026-11-02\n---\nText.\n");

        source.Reload();

        Assert.Equal(1, reloaded);
        Assert.NotNull(source.Current.Find("third-guide"));
        Assert.Equal("Second guide", source.Current.Find("second-guide")!.Title);
    }

    [Fact]
    public void A_reload_after_a_guide_breaks_markdig_keeps_its_last_good_version_and_does_not_throw()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        using var source = Start(paths);

        File.WriteAllText(
            Path.Combine(paths.Guides, "second-guide.md"),
            "---\ntitle: Second guide\ndescription: D.\nsection: scope\nreviewed: 2026-10-01\n---\n" + string.Concat(Enumerable.Repeat("> ", 130)) + "deep\n");

        Assert.False(source.Reload());
        Assert.Equal("Second guide", source.Current.Find("second-guide")!.Title);
    }

    [Fact]
    public void At_start_up_a_guide_that_breaks_markdig_is_left_out_and_the_site_starts()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        File.WriteAllText(
            Path.Combine(paths.Guides, "deep.md"),
            "---\ntitle: Deep\ndescription: D.\nsection: pay\nreviewed: 2026-10-01\n---\n" + string.Concat(Enumerable.Repeat("> ", 130)) + "deep\n");

        using var source = Start(paths);

        Assert.Null(source.Current.Find("deep"));
        Assert.Equal(2, source.Current.Guides.Count);
    }

    [Fact]
    public void A_reload_with_good_content_swaps_in_the_new_catalog()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        using var source = Start(paths);
        var reloaded = 0;
        source.Reloaded += _ => reloaded++;

        File.WriteAllText(
            Path.Combine(paths.Guides, "third-guide.md"),
            "---\ntitle: Third\ndescription: New.\nsection: pay\nreviewed: 2026-11-02\n---\nText.\n");

        Assert.True(source.Reload());
        Assert.Equal(1, reloaded);
        Assert.NotNull(source.Current.Find("third-guide"));
    }

    [Fact]
    public async Task In_development_the_watcher_picks_up_an_edit()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        using var source = Start(paths, "Development");
        var reloaded = new TaskCompletionSource();
        source.Reloaded += _ => reloaded.TrySetResult();

        File.WriteAllText(
            Path.Combine(paths.Guides, "watched.md"),
            "---\ntitle: Watched\ndescription: New.\nsection: pay\nreviewed: 2026-11-02\n---\nText.\n");

        await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.NotNull(source.Current.Find("watched"));
    }

    private sealed class Captured : ILogger<GuideCatalogSource>
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Lines { get; } = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Enqueue($"{logLevel}: {formatter(state, exception)}");
    }

    [Fact]
    public async Task In_development_a_csv_edit_says_plainly_that_a_restart_is_needed()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        var log = new Captured();
        using var source = new GuideCatalogSource(new GuideLoader(new GuideMarkdown()), paths, new Environment("Development"), log);
        var reloaded = new TaskCompletionSource();
        source.Reloaded += _ => reloaded.TrySetResult();

        File.AppendAllText(Path.Combine(paths.Data, "metro_wages.csv"), "medical-assistant,Fresno,May 2024,100,,40000,,good-source,true,\n");

        await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Contains(log.Lines, l => l.StartsWith("Warning: ", StringComparison.Ordinal) && l.Contains("restart the site to see the change", StringComparison.Ordinal));
    }
}
