using MaGuide.Web.Content;
using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Tests.Content;

public sealed class GuideMarkdownTests
{
    private static readonly GuideMarkdown Markdown = new();

    private static (GuideMarkdown.Parsed Parsed, List<ContentProblem> Problems) Parse(string body)
    {
        var problems = new List<ContentProblem>();
        var text = "---\ntitle: T\n---\n" + body;
        return (Markdown.Parse(text, "content/guides/t.md", problems)!, problems);
    }

    [Fact]
    public void Raw_html_such_as_a_script_tag_comes_out_escaped()
    {
        var (parsed, _) = Parse("Hello <script>alert('x')</script> and <b>bold</b>\n\n<div onclick=\"x()\">block</div>\n");

        Assert.DoesNotContain("<script", parsed.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<div", parsed.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", parsed.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))", "link scheme \"javascript:\" is not allowed")]
    [InlineData("[click](JavaScript:alert(1))", "link scheme \"javascript:\" is not allowed")]
    [InlineData("[data](data:text/html;base64,PHNjcmlwdD4=)", "link scheme \"data:\" is not allowed")]
    [InlineData("[file](file:///etc/passwd)", "link scheme \"file:\" is not allowed")]
    [InlineData("[rel](other-guide)", "link \"other-guide\" is relative")]
    [InlineData("[proto](//evil.example/x)", "link \"//evil.example/x\" has no scheme")]
    [InlineData("<javascript:alert(1)>", "link scheme \"javascript:\" is not allowed")]
    public void A_link_with_a_forbidden_target_is_an_error_and_is_not_rendered(string markdown, string messageStart)
    {
        var (parsed, problems) = Parse("Intro line.\n\n" + markdown + "\n");

        var problem = Assert.Single(problems);
        Assert.StartsWith(messageStart, problem.Message, StringComparison.Ordinal);
        Assert.Equal(6, problem.Line);
        Assert.DoesNotContain("javascript:", parsed.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:text", parsed.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[a](https://www.bls.gov/ooh/)")]
    [InlineData("[a](http://example.org)")]
    [InlineData("[a](mailto:editors@example.org)")]
    [InlineData("[a](/guides/faq)")]
    [InlineData("[a](#section)")]
    public void Allowed_links_pass_and_are_recorded_with_their_line(string markdown)
    {
        var (parsed, problems) = Parse(markdown + "\n");

        Assert.Empty(problems);
        Assert.Equal(4, Assert.Single(parsed.Links).Line);
    }

    [Fact]
    public void Headings_get_ids_for_the_contents_list()
    {
        var (parsed, _) = Parse("## What the job is\n\ntext\n\n### Day to day, in practice\n\n#### Too deep\n");

        Assert.Equal(
            [new GuideHeading(2, "what-the-job-is", "What the job is"), new GuideHeading(3, "day-to-day-in-practice", "Day to day, in practice")],
            parsed.Headings);
        Assert.Contains("<h2 id=\"what-the-job-is\">", parsed.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_is_separated_from_the_body_with_its_file_line()
    {
        var (parsed, _) = Parse("Body words here.\n");

        Assert.Equal("title: T", parsed.FrontMatterYaml?.Trim());
        Assert.Equal(2, parsed.FrontMatterFirstLine);
        Assert.DoesNotContain("title", parsed.Html, StringComparison.Ordinal);
        Assert.Equal(3, parsed.WordCount);
    }

    [Fact]
    public void Tables_from_pipe_syntax_render_as_html_tables()
    {
        var (parsed, _) = Parse("| A | B |\n|---|---|\n| 1 | 2 |\n");

        Assert.Contains("<table class=\"app-table app-table--stack\">", parsed.Html, StringComparison.Ordinal);
        Assert.Contains("<th>A</th>", parsed.Html, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"A\">1</td>", parsed.Html, StringComparison.Ordinal);
    }
}
