using AngleSharp.Html.Parser;
using MaGuide.Web.Content;
using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Tests.Content;

/// <summary>Callouts (issue #18 point 9): <c>:::note</c> and <c>:::varies-by-state</c> render as labelled notes; anything else is a file:line error.</summary>
public sealed class CalloutTests
{
    private static (GuideMarkdown.Parsed Parsed, List<ContentProblem> Problems) Parse(string body)
    {
        var problems = new List<ContentProblem>();
        return (new GuideMarkdown().Parse("---\ntitle: T\n---\n" + body, "content/guides/t.md", problems)!, problems);
    }

    [Theory]
    [InlineData("note", "Note")]
    [InlineData("varies-by-state", "Varies by state")]
    public void A_known_callout_is_a_note_labelled_by_its_visible_title(string kind, string title)
    {
        var (parsed, problems) = Parse($"Intro.\n\n:::{kind}\nCheck **your** state's page.\n:::\n\nAfter.\n");

        Assert.Empty(problems);
        var box = new HtmlParser().ParseDocument(parsed.Html).QuerySelector($".app-callout.app-callout--{kind}")!;
        Assert.NotNull(box);
        Assert.Equal("note", box.GetAttribute("role"));
        var label = box.GetAttribute("aria-labelledby")!;
        Assert.Equal(title, box.QuerySelector($"#{label}")!.TextContent);
        Assert.Equal("Check your state's page.", box.QuerySelector("p:not(.app-callout__title)")!.TextContent);
        Assert.Equal("<strong>your</strong>", box.QuerySelector("p:not(.app-callout__title) strong")!.OuterHtml);
    }

    [Fact]
    public void Two_callouts_on_a_page_have_their_own_title_ids()
    {
        var (parsed, _) = Parse(":::note\nA.\n:::\n\n:::note\nB.\n:::\n");

        var ids = new HtmlParser().ParseDocument(parsed.Html).QuerySelectorAll(".app-callout__title").Select(t => t.Id).ToList();
        Assert.Equal(["callout-1", "callout-2"], ids);
    }

    [Theory]
    [InlineData(":::warning\nText.\n:::\n", "content/guides/t.md:4: callout kind \"warning\" is not one of note, varies-by-state")]
    [InlineData("Intro.\n\n:::\nText.\n:::\n", "content/guides/t.md:6: a callout needs a kind after the colons: :::note, :::varies-by-state")]
    [InlineData(":::note Before you start\nText.\n:::\n", "content/guides/t.md:4: write only the kind after the colons (\":::note\")")]
    [InlineData(":::note\nText that never ends.\n", "content/guides/t.md:4: the callout opened here is never closed")]
    public void A_wrong_callout_is_an_error_at_its_line(string body, string expected)
    {
        var (_, problems) = Parse(body);

        Assert.Contains(problems, p => p.IsError && p.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Double_colons_in_prose_stay_text()
    {
        var (parsed, problems) = Parse("Ratio 2::1 and ::word:: stay as written.\n");

        Assert.Empty(problems);
        Assert.Contains("::word::", parsed.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_site_guides_use_callouts_that_check_accepts()
    {
        var guides = Directory.GetFiles(Fixtures.Site.Guides, "*.md").Select(File.ReadAllText).ToList();

        Assert.Contains(guides, g => g.Contains(":::varies-by-state\n", StringComparison.Ordinal));
        Assert.Contains(guides, g => g.Contains(":::note\n", StringComparison.Ordinal));
    }
}
