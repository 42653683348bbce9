using MaGuide.Web.Content;
using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data;

namespace MaGuide.Web.Tests.Content;

/// <summary>The loader parses guides in parallel (start-up with many guides); what it reports must not depend on that.</summary>
public sealed class GuideLoaderTests
{
    private static ContentPaths WithBrokenGuides(int count)
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        for (var i = 0; i < count; i++)
        {
            // Two errors per file (an h1 on line 7, a javascript: link on line 9): each file's problems stay together.
            File.WriteAllText(Path.Combine(paths.Guides, $"broken-{i:00}.md"),
                $"---\ntitle: Broken guide {i}\ndescription: A guide with two mistakes.\nsection: pay\nreviewed: 2026-11-01\n---\n# A second title\n\nRead [this](javascript:alert(1)).\n");
        }

        return paths;
    }

    [Fact]
    public void Problems_are_reported_in_file_order_whichever_guide_is_parsed_first()
    {
        var paths = WithBrokenGuides(40);
        var loader = new GuideLoader(new GuideMarkdown());

        var first = loader.Load(paths);
        var second = loader.Load(paths);

        var reported = first.Problems.Where(p => p.Path.Contains("/broken-", StringComparison.Ordinal)).Select(p => p.Path).ToList();
        var expected = Enumerable.Range(0, 40).SelectMany(i => Enumerable.Repeat($"content/guides/broken-{i:00}.md", 2)).ToList();
        Assert.Equal(expected, reported);
        Assert.Equal(first.Problems.Select(p => p.ToString()), second.Problems.Select(p => p.ToString()));
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"broken-{i:00}"), first.BrokenSlugs.Where(s => s.StartsWith("broken-", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(first.Catalog.Guides.Select(g => g.Slug), second.Catalog.Guides.Select(g => g.Slug));
    }

    [Fact]
    public async Task The_data_page_keys_are_asked_for_at_the_start_of_a_load_and_awaited_only_for_the_link_checks()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        File.WriteAllText(Path.Combine(paths.Guides, "state-links.md"),
            "---\ntitle: State links\ndescription: Two links.\nsection: pay\nreviewed: 2026-11-01\n---\nGo to [this state](/states/ca). Not to [here](/states/zz).\n");
        var keys = new TaskCompletionSource<DataPageKeys>(TaskCreationOptions.RunContinuationsAsynchronously);
        var asked = 0;
        // The token source is made on the loader's thread just before the guides are parsed, so the keys arrive only
        // then: a loader that waited for them before parsing would never finish.
        var markdown = new GuideMarkdown(new DeferredTokenSource(() =>
        {
            Assert.Equal(1, Volatile.Read(ref asked));
            keys.SetResult(DataPageKeys.None with { States = new HashSet<string>(StringComparer.Ordinal) { "ca" } });
            return new NoTokens();
        }));
        var loader = new GuideLoader(markdown, () =>
        {
            Interlocked.Increment(ref asked);
            return keys.Task;
        });

        // A loader that waited for the keys before parsing would time out here.
        var result = await Task.Run(() => loader.Load(paths)).WaitAsync(TimeSpan.FromSeconds(60));

        var linkProblems = result.Problems.Where(p => p.Path == "content/guides/state-links.md").Select(p => p.Message).ToList();
        Assert.Equal(["link to /states/zz: no such page on the site"], linkProblems);
        Assert.Equal(1, asked);
    }

    private sealed class NoTokens : IDataTokenSource
    {
        public TokenValue Resolve(DataToken token) => TokenValue.NotChecked;
    }
}
