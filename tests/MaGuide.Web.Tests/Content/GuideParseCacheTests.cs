using MaGuide.Web.Content;
using MaGuide.Web.Pages.Guides;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MaGuide.Web.Tests.Content;

/// <summary>
/// The guide parse cache (start-up with many guides): a load with a warm cache gives exactly what a fresh parse gives,
/// and a changed guide, data version or build is parsed again.
/// </summary>
public sealed class GuideParseCacheTests
{
    /// <summary>A cache file's path in a new folder (the store's folder always exists when the site saves its cache).</summary>
    private static string CacheFile()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "maguide-tests", Guid.NewGuid().ToString("n")));
        return Path.Combine(folder.FullName, "maguide-test.db.guides");
    }

    private static GuideLoader Loader(GuideMarkdown markdown, GuideParseCache cache) => new(markdown, parses: cache);

    /// <summary>Everything a page or a check reads from a guide, in one comparable string.</summary>
    private static string Shape(Guide g) =>
        string.Join('\n', g.Slug, g.Title, g.Html, string.Join('|', g.Headings), string.Join('|', g.Links), string.Join('|', g.Figures), g.WordCount, g.ReadingGrade, g.Reviewed, g.Draft);

    [Fact]
    public void A_warm_load_of_the_sites_content_parses_nothing_and_equals_a_fresh_parse_guide_for_guide_and_problem_for_problem()
    {
        var markdown = new GuideMarkdown(GuideTokens.Load(BuiltStores.ReadOnly(Fixtures.Site)));
        var file = CacheFile();
        var fresh = new GuideLoader(markdown).Load(Fixtures.Site);

        var cold = GuideParseCache.At(file, "data-1", NullLogger.Instance);
        var first = Loader(markdown, cold).Load(Fixtures.Site);
        var warm = GuideParseCache.At(file, "data-1", NullLogger.Instance);
        var second = Loader(markdown, warm).Load(Fixtures.Site);

        Assert.Equal(fresh.Catalog.GuidesAndDrafts.Count(), cold.Misses);
        Assert.Equal(0, warm.Misses);
        Assert.Equal(fresh.Catalog.GuidesAndDrafts.Select(Shape), first.Catalog.GuidesAndDrafts.Select(Shape));
        Assert.Equal(fresh.Catalog.GuidesAndDrafts.Select(Shape), second.Catalog.GuidesAndDrafts.Select(Shape));
        Assert.Contains(second.Catalog.GuidesAndDrafts, g => g.Figures.Count > 0 && g.Html.Contains("<table", StringComparison.Ordinal));
        Assert.Equal(fresh.Problems.Select(p => p.ToString()), second.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void The_data_tokens_are_made_only_when_a_guide_must_be_parsed_and_then_on_the_loaders_thread_before_the_parse()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        var file = CacheFile();
        var made = new List<int>();
        GuideMarkdown Markdown() => new(new DeferredTokenSource(() =>
        {
            made.Add(Environment.CurrentManagedThreadId);
            return GuideTokens.Load(BuiltStores.ReadOnly(Fixtures.Good));
        }));

        Loader(Markdown(), GuideParseCache.At(file, "data-1", NullLogger.Instance)).Load(paths);
        Assert.Equal([Environment.CurrentManagedThreadId], made);

        made.Clear();
        Loader(Markdown(), GuideParseCache.At(file, "data-1", NullLogger.Instance)).Load(paths);
        Assert.Empty(made);

        File.AppendAllText(Path.Combine(paths.Guides, "second-guide.md"), "\nA new sentence.\n");
        Loader(Markdown(), GuideParseCache.At(file, "data-1", NullLogger.Instance)).Load(paths);
        Assert.Equal([Environment.CurrentManagedThreadId], made);
    }

    [Fact]
    public async Task A_load_set_off_while_another_runs_as_development_reloads_can_be_waits_for_it()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        File.WriteAllText(Path.Combine(paths.Guides, "with-token.md"), "---\ntitle: With a token\ndescription: One figure.\nsection: pay\nreviewed: 2026-11-01\n---\nPay is {{ wage national median_annual }} a year.\n");
        var tokens = new FirstResolveBlocks();
        var loader = Loader(new GuideMarkdown(tokens), GuideParseCache.At(CacheFile(), "data-1", NullLogger.Instance));

        var first = Task.Run(() => loader.Load(paths));
        Assert.True(tokens.Entered.Wait(TimeSpan.FromSeconds(30)), "the first load never reached the token");
        var second = Task.Run(() => loader.Load(paths));
        var finishedAlone = await Task.WhenAny(second, Task.Delay(500)) == second;
        tokens.Release.Set();
        await Task.WhenAll(first, second);

        Assert.False(finishedAlone, "a second load ran beside the first, sharing the parse cache's entries");
        Assert.Equal((await first).Catalog.Guides.Select(g => g.Slug), (await second).Catalog.Guides.Select(g => g.Slug));
    }

    /// <summary>A token source whose first answer waits until <see cref="Release"/> is set.</summary>
    private sealed class FirstResolveBlocks : IDataTokenSource
    {
        private int calls;

        public ManualResetEventSlim Entered { get; } = new();

        public ManualResetEventSlim Release { get; } = new();

        public TokenValue Resolve(DataToken token)
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                Entered.Set();
                Release.Wait(TimeSpan.FromSeconds(30));
            }

            return TokenValue.Error("not a real figure");
        }
    }

    [Fact]
    public void A_changed_guide_is_parsed_again_and_shows_its_new_text_while_the_others_come_from_the_cache()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        var file = CacheFile();
        var markdown = new GuideMarkdown();
        Loader(markdown, GuideParseCache.At(file, "data-1", NullLogger.Instance)).Load(paths);
        var guide = Path.Combine(paths.Guides, "second-guide.md");
        File.WriteAllText(guide, File.ReadAllText(guide) + "\nA sentence added by an editor.\n");

        var cache = GuideParseCache.At(file, "data-1", NullLogger.Instance);
        var result = Loader(markdown, cache).Load(paths);

        Assert.Equal(1, cache.Misses);
        Assert.Contains("A sentence added by an editor.", result.Catalog.Find("second-guide")!.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_data_version_or_build_parses_every_guide_again()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        var file = CacheFile();
        var markdown = new GuideMarkdown();
        var guides = Loader(markdown, GuideParseCache.At(file, "data-1", NullLogger.Instance)).Load(paths).Catalog.GuidesAndDrafts.Count();

        // The version is the build's module id and the data version; a new build changes the first part as new data does the second.
        var cache = GuideParseCache.At(file, "data-2", NullLogger.Instance);
        Loader(markdown, cache).Load(paths);

        Assert.Equal(guides, cache.Misses);
    }

    [Fact]
    public void A_guides_problems_come_back_from_the_cache_with_their_lines()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        File.WriteAllText(Path.Combine(paths.Guides, "broken.md"),
            "---\ntitle: Broken\ndescription: Two mistakes.\nsection: pay\nreviewed: 2026-11-01\n---\n# A second title\n\nRead [this](javascript:alert(1)).\n");
        var file = CacheFile();
        var markdown = new GuideMarkdown();
        var cold = Loader(markdown, GuideParseCache.At(file, "data-1", NullLogger.Instance)).Load(paths);

        var cache = GuideParseCache.At(file, "data-1", NullLogger.Instance);
        var warm = Loader(markdown, cache).Load(paths);

        Assert.Equal(0, cache.Misses);
        Assert.Equal(2, warm.Problems.Count(p => p.Path.EndsWith("/broken.md", StringComparison.Ordinal) && p.IsError));
        Assert.Equal(cold.Problems.Select(p => p.ToString()), warm.Problems.Select(p => p.ToString()));
        Assert.Contains("broken", warm.BrokenSlugs);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"Version\":")]
    [InlineData("not json at all")]
    [InlineData("{\"Version\":\"x\",\"Entries\":{\"AB\":{\"Parsed\":7}}}")]
    public void A_damaged_cache_file_is_a_cold_load_with_a_warning_never_a_failure(string damage)
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        var file = CacheFile();
        File.WriteAllText(file, damage);
        var logger = new ListLogger();

        var cache = GuideParseCache.At(file, "data-1", logger);
        var result = Loader(new GuideMarkdown(), cache).Load(paths);

        Assert.Equal(2, cache.Misses);
        Assert.Equal(2, result.Catalog.Guides.Count);
        Assert.Contains(logger.Warnings, w => w.Contains(file, StringComparison.Ordinal) && w.Contains("could not be read", StringComparison.Ordinal));
        var again = GuideParseCache.At(file, "data-1", NullLogger.Instance);
        Loader(new GuideMarkdown(), again).Load(paths);
        Assert.Equal(0, again.Misses); // the damaged file was replaced by a good one
    }

    [Fact]
    public void A_folder_that_cannot_be_written_serves_the_parse_and_says_so_in_the_log()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        var blocker = CacheFile();
        File.WriteAllText(blocker, "a file where the cache's folder would be");
        var file = Path.Combine(blocker, "maguide.db.guides");
        var logger = new ListLogger();

        var result = Loader(new GuideMarkdown(), GuideParseCache.At(file, "data-1", logger)).Load(paths);

        Assert.Equal(2, result.Catalog.Guides.Count);
        Assert.Contains(logger.Information, w => w.Contains("could not be written", StringComparison.Ordinal));
    }

    [Fact]
    public void A_removed_guide_leaves_the_cache_file()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        var file = CacheFile();
        Loader(new GuideMarkdown(), GuideParseCache.At(file, "data-1", NullLogger.Instance)).Load(paths);
        var before = new FileInfo(file).Length;
        File.Delete(Path.Combine(paths.Guides, "second-guide.md"));

        Loader(new GuideMarkdown(), GuideParseCache.At(file, "data-1", NullLogger.Instance)).Load(paths);

        Assert.True(new FileInfo(file).Length < before);
        Assert.DoesNotContain("Second guide", File.ReadAllText(file), StringComparison.Ordinal);
    }

    private sealed class ListLogger : ILogger
    {
        public List<string> Warnings { get; } = [];

        public List<string> Information { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var list = logLevel == LogLevel.Warning ? Warnings : logLevel == LogLevel.Information ? Information : null;
            if (list is not null)
            {
                lock (list)
                {
                    list.Add(formatter(state, exception));
                }
            }
        }
    }
}
