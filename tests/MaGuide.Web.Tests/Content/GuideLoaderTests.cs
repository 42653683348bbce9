using MaGuide.Web.Content;
using MaGuide.Web.ContentFiles;

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
}
