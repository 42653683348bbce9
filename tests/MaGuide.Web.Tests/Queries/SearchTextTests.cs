using MaGuide.Web.Content;
using MaGuide.Web.Queries;

namespace MaGuide.Web.Tests.Queries;

public sealed class SearchTextTests
{
    private static readonly QueryAnalyzer Analyzer = new(
        new SearchTerms(new HashSet<string> { "can", "in", "a", "the", "me" }, [new(["medical assistant", "ma", "mas"], [], 1), new(["injection", "shot"], ["/scope/injections"], 2)]),
        [new("MA", "Massachusetts", "/states/ma"), new("TX", "Texas", "/states/tx"), new("ME", "Maine", "/states/me"), new("NY", "New York", "/states/ny")]);

    private static AnalyzedQuery Analyze(string query) => Analyzer.Analyze(query, _ => true, _ => false, _ => null);

    [Theory]
    [InlineData("(<abbr>CNA</abbr>)", "(CNA)")]
    [InlineData("<p>One.</p><p>Two <em>words</em>, three.</p>", "One. Two words, three.")]
    [InlineData("pay $45,690<sup class=\"app-figure__ref\"><a href=\"#n1\">1</a></sup> a year", "pay $45,690 a year")]
    [InlineData("<li>a &amp; b</li><li>c</li>", "a & b c")]
    public void Indexed_text_keeps_inline_words_and_punctuation_together(string html, string text)
    {
        Assert.Equal(text, SearchPages.PlainText(html));
    }

    [Fact]
    public void A_snippet_splits_into_plain_and_highlighted_runs()
    {
        var hit = new SearchHit("t", "/", "Guide", $"a ({SearchHit.MarkStart}CNA{SearchHit.MarkEnd}) b");

        Assert.Equal([("a (", false), ("CNA", true), (") b", false)], hit.SnippetParts());
    }

    [Theory]
    [InlineData("can ma give shots in texas", "/states/tx,/scope/injections")]
    [InlineData("ma", "")]
    [InlineData("jobs in ma", "/states/ma")]
    [InlineData("ma board", "/states/ma")]
    [InlineData("tx shots", "/states/tx,/scope/injections")]
    [InlineData("message me", "")]
    [InlineData("new york shots", "/states/ny,/scope/injections")]
    public void States_are_named_by_name_or_code_but_ma_is_massachusetts_only_in_context(string query, string pages)
    {
        Assert.Equal(pages, string.Join(',', Analyze(query).NamedPages));
    }

    [Fact]
    public void Stop_words_are_dropped_and_synonyms_become_one_concept()
    {
        var analyzed = Analyze("can a MA give the shots");

        Assert.Equal("medical assistant|give|injection", analyzed.Key);
        Assert.Equal(["injection", "shot"], analyzed.Concepts[2].Phrases);
    }

    [Fact]
    public void Only_unknown_words_are_corrected()
    {
        var analyzed = Analyzer.Analyze("texas phlebotemy", w => w != "phlebotemy", _ => false, w => w == "phlebotemy" ? "phlebotomy" : null);

        Assert.Equal("texas phlebotomy", analyzed.Correction);
        Assert.Null(Analyze("texas phlebotomy").Correction);
    }

    [Theory]
    [InlineData("phlebotemy", "phlebotomy", 1)]
    [InlineData("flordia", "florida", 1)]
    [InlineData("certifcation", "certification", 1)]
    [InlineData("abc", "xyz", 3)]
    public void Distance_counts_edits_with_a_swap_as_one(string a, string b, int distance)
    {
        Assert.Equal(distance, SearchText.Distance(a, b, 3));
    }
}
