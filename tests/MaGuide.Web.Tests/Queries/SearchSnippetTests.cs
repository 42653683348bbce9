using MaGuide.Web.Content;
using MaGuide.Web.Queries;

namespace MaGuide.Web.Tests.Queries;

/// <summary>
/// The passages under search results (<see cref="SearchSnippets"/>): stems match as the index matches them, phrases
/// are marked as one run, the passage is the one holding the most of the query's concepts, and a page whose body does
/// not match shows its summary.
/// </summary>
public sealed class SearchSnippetTests : IDisposable
{
    private static readonly string Filler = string.Join(' ', Enumerable.Repeat("Some words about the work.", 12));

    private readonly SearchIndex index = SearchIndex.Build(
        [
            new SearchPage("/a", "Guide", "Shots at work", "Summary of page a.",
                $"Intro text. {Filler} Medical assistants gave vaccines here. {Filler} Medical assistants in Texas gave vaccinations: injections. {Filler} The end."),
            new SearchPage("/b", "Guide", "Injection rules", "Summary of page b.", "Nothing relevant in this body at all."),
        ],
        new SearchTerms(new HashSet<string> { "in", "a", "can", "give" }, [new(["medical assistant", "ma"], [], 1), new(["injection", "vaccine", "shot"], [], 2)]),
        [new SearchState("TX", "Texas", "/states/tx")]);

    [Fact]
    public void The_passage_holds_the_most_concepts_with_stemmed_words_and_phrases_marked()
    {
        var hit = index.Search("can ma give vaccines in texas").Hits.Single(h => h.Url == "/a");
        var marked = hit.SnippetParts().Where(p => p.Marked).Select(p => p.Text).ToList();

        // The later passage names all three concepts (the earlier one only two); "vaccinations" stems like "vaccine".
        Assert.Contains("Texas", marked);
        Assert.Contains("Medical assistants", marked);
        Assert.Contains("vaccinations", marked);
        Assert.Contains("injections", marked);
        Assert.StartsWith("… ", hit.Snippet, StringComparison.Ordinal);
        Assert.EndsWith(" …", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal(SearchSnippets.Length, SearchText.Words(string.Concat(hit.SnippetParts().Select(p => p.Text))).Count);
    }

    [Fact]
    public void A_page_matched_only_by_its_title_shows_its_summary()
    {
        var hit = index.Search("injection rules").Hits.Single(h => h.Url == "/b");

        Assert.Equal("Summary of page b.", hit.Snippet);
    }

    [Fact]
    public void A_half_typed_last_word_marks_the_words_it_begins()
    {
        var hit = index.Search("vaccinat").Hits.Single(h => h.Url == "/a");

        Assert.Contains(hit.SnippetParts(), p => p.Marked && p.Text.StartsWith("vaccin", StringComparison.OrdinalIgnoreCase));
    }

    public void Dispose() => index.Dispose();
}
