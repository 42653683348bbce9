using System.Text;
using MaGuide.Web.Commands;
using MaGuide.Web.Content;
using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Tests.Content;

/// <summary>
/// Mistakes a new editor makes in a guide (issue #10): each is reported at its line with the fix, the broken guide
/// is left out, nothing crashes, and nothing is silently cut or turned into HTML.
/// </summary>
public sealed class EditorMistakeTests
{
    private const string Head = "---\ntitle: Mistake\ndescription: A guide with a mistake.\nsection: pay\nreviewed: 2026-11-01\n---\n";

    /// <summary>Writes <paramref name="text"/> as content/guides/mistake.md in a copy of the good fixture, then runs check.</summary>
    private static (int Exit, string[] Lines, ContentPaths Paths) CheckWith(string text, string name = "mistake.md")
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        var file = Path.Combine(paths.Guides, name);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        var output = new StringWriter();
        var exit = CheckCommand.Run(paths, output);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), paths);
    }

    private static ContentLoadResult Load(ContentPaths paths) => new GuideLoader(new GuideMarkdown()).Load(paths);

    [Fact]
    public void A_link_to_the_home_guides_old_address_is_an_error_naming_the_address_to_use()
    {
        var (exit, lines, _) = CheckWith(Head + "Intro.\n\nRead [what an MA is](/guides/" + GuideCatalog.HubSlug + "#at-a-glance).\n");

        Assert.Equal(1, exit);
        Assert.Contains("content/guides/mistake.md:9: link to /guides/what-is-a-medical-assistant: that address redirects to /; link to /#at-a-glance instead", lines);
    }

    [Fact]
    public void Markdown_nested_past_markdigs_depth_limit_is_a_file_line_problem_and_the_guide_is_left_out()
    {
        var (exit, lines, paths) = CheckWith(Head + "Intro.\n\n" + string.Concat(Enumerable.Repeat("> ", 130)) + "deep text\n");

        Assert.Equal(1, exit);
        Assert.Contains(lines, l => l.StartsWith("content/guides/mistake.md:9: Markdown is nested too deeply", StringComparison.Ordinal));
        var result = Load(paths);
        Assert.Null(result.Catalog.Find("mistake"));
        Assert.NotNull(result.Catalog.Find("second-guide"));
    }

    [Fact]
    public void Thousands_of_nested_brackets_in_front_matter_are_refused_before_the_yaml_parser_recurses()
    {
        var yaml = "sources: " + new string('[', 30_000) + new string(']', 30_000);
        var (exit, lines, _) = CheckWith("---\ntitle: Deep\ndescription: Deep.\nsection: pay\nreviewed: 2026-11-01\n" + yaml + "\n---\nBody.\n");

        Assert.Equal(1, exit);
        Assert.Contains(lines, l => l.StartsWith("content/guides/mistake.md:6: front matter nests lists or mappings more than", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The form asks for { LICENSE_NUMBER }", "The form asks for { LICENSE_NUMBER }")]
    [InlineData("Pay is { wage national median_annual }", "Pay is { wage national median_annual }")]
    [InlineData("## Pay {#custom .red onclick=x}", "Pay {#custom .red onclick=x}")]
    public void Text_in_braces_stays_text_and_never_becomes_an_html_attribute(string markdown, string visible)
    {
        var problems = new List<ContentProblem>();
        var parsed = new GuideMarkdown().Parse(Head + markdown + "\n", "content/guides/t.md", problems)!;

        Assert.Contains(visible, System.Net.WebUtility.HtmlDecode(parsed.Html), StringComparison.Ordinal);
        Assert.DoesNotContain("LICENSE_NUMBER=", parsed.Html, StringComparison.Ordinal);
        // No tag carries an onclick or class attribute made from the braces (the heading's slug id may spell the words).
        Assert.DoesNotMatch(new System.Text.RegularExpressions.Regex(@"<[^>]*\sonclick\s*="), parsed.Html);
        Assert.DoesNotContain("class=\"red\"", parsed.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unquoted_hash_in_a_front_matter_value_is_an_error_with_the_fix_not_a_silent_cut()
    {
        var (exit, lines, _) = CheckWith("---\ntitle: Why CMA is the #1 credential employers ask for\ndescription: D.\nsection: pay\nreviewed: 2026-11-01\n---\nBody.\n");

        Assert.Equal(1, exit);
        Assert.Contains(lines, l => l.StartsWith("content/guides/mistake.md:2: \"title\" stops at \" #\"", StringComparison.Ordinal) && l.EndsWith("put the value in quotes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quoted_hash_is_kept_whole()
    {
        var (exit, lines, paths) = CheckWith("---\ntitle: \"Why CMA is the #1 credential\"\ndescription: D.\nsection: pay\nreviewed: 2026-11-01\n---\nBody.\n");

        Assert.True(exit == 0, string.Join('\n', lines));
        Assert.Equal("Why CMA is the #1 credential", Load(paths).Catalog.Find("mistake")!.Title);
    }

    [Fact]
    public void A_guide_whose_only_problem_is_a_warning_is_published_and_counted()
    {
        var (exit, lines, paths) = CheckWith(Head + "The pay is $45,690 a year.\n");

        Assert.Equal(0, exit);
        Assert.Contains(lines, l => l.Contains("warning: \"$45,690\" is a figure typed in prose", StringComparison.Ordinal));
        Assert.StartsWith("check: 3 guides", lines[^1], StringComparison.Ordinal);
        Assert.NotNull(Load(paths).Catalog.Find("mistake"));
    }

    [Theory]
    [InlineData("2026-02-30", "reviewed \"2026-02-30\" is not a real day (February 2026 has 28 days)")]
    [InlineData("2026-13-01", "reviewed \"2026-13-01\" has no month 13; write the date as YYYY-MM-DD")]
    [InlineData("2099-01-01", "reviewed 2099-01-01 is in the future")]
    public void A_reviewed_date_that_does_not_exist_or_is_in_the_future_is_refused_for_its_real_reason(string date, string message)
    {
        var (exit, lines, _) = CheckWith($"---\ntitle: T\ndescription: D.\nsection: pay\nreviewed: {date}\n---\nBody.\n");

        Assert.Equal(1, exit);
        Assert.Contains(lines, l => l.StartsWith($"content/guides/mistake.md:5: {message}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("---\ntitle: Pay: what to expect\ndescription: D.\nsection: pay\nreviewed: 2026-11-01\n---\nB.\n", 2, "put the value in quotes")]
    [InlineData("---\ntitle: T\ndescription: D.\nsection: pay\nreviewed: 2026-11-01\nsources:\n\t- good-source\n---\nB.\n", 7, "this line is indented with a tab; YAML needs spaces")]
    [InlineData("---\ntitle: T\ndescription: D.\nsection: pay\nrelated: [second-guide\nreviewed: 2026-11-01\n---\nB.\n", 5, "the [ opened on this line is never closed")]
    [InlineData("---\ntitle: T\ndescription: D.\nsection: pay\nreviewed: 2026-11-01\n\n## Body\n\nText.\n", 1, "front matter opens with --- on this line but has no closing --- line")]
    public void Front_matter_mistakes_name_the_real_line_the_cause_and_the_fix(string text, int line, string message)
    {
        var (exit, lines, _) = CheckWith(text);

        Assert.Equal(1, exit);
        Assert.Contains(lines, l => l.StartsWith($"content/guides/mistake.md:{line}: ", StringComparison.Ordinal) && l.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void The_fix_suggested_for_a_relative_link_is_itself_a_working_link()
    {
        var (_, lines, _) = CheckWith(Head + "See [certification](certification.md#exams) and [the other](../guides/second-guide.md#details).\n");

        Assert.Contains("content/guides/mistake.md:7: link \"certification.md#exams\" is relative; write site links from the root, e.g. /guides/certification#exams", lines);
        Assert.Contains("content/guides/mistake.md:7: link \"../guides/second-guide.md#details\" is relative; write site links from the root, e.g. /guides/second-guide#details", lines);
    }

    [Fact]
    public void A_site_link_ending_in_md_says_to_drop_the_extension()
    {
        var (_, lines, _) = CheckWith(Head + "See [the other](/guides/second-guide.md#details).\n");

        Assert.Contains("content/guides/mistake.md:7: link to /guides/second-guide.md: guide addresses have no .md; write /guides/second-guide#details", lines);
    }

    [Fact]
    public void A_duplicate_title_blames_both_files()
    {
        var (_, lines, _) = CheckWith("---\ntitle: Second guide\ndescription: D.\nsection: pay\nreviewed: 2026-11-01\n---\nBody.\n");

        Assert.Contains(lines, l => l.StartsWith("content/guides/mistake.md:2: title \"Second guide\" is also used by content/guides/second-guide.md", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("content/guides/second-guide.md:2: title \"Second guide\" is also used by content/guides/mistake.md", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("extra.markdown", "content/guides/extra.markdown:1: only .md files are published as guides; rename it to extra.md")]
    [InlineData("Shout.MD", "content/guides/Shout.MD:1: only .md files are published as guides; rename it to shout.md")]
    [InlineData("notes.txt", "content/guides/notes.txt:1: only .md files are published as guides; rename it to notes.md")]
    [InlineData("pay/deeper.md", "content/guides/pay/deeper.md:1: guides in subfolders are not published; move it to content/guides/")]
    public void A_file_that_will_not_be_published_is_reported_not_ignored(string name, string message)
    {
        var (exit, lines, _) = CheckWith(Head + "Body.\n", name);

        Assert.Equal(1, exit);
        Assert.Contains(message, lines);
    }

    [Fact]
    public void Raw_html_is_reported_as_a_warning_at_its_line()
    {
        var (_, lines, _) = CheckWith(Head + "Plain line.\n\nPress <kbd>Ctrl</kbd> to go on.\n");

        Assert.Contains(lines, l => l.StartsWith("content/guides/mistake.md:9: warning: raw HTML \"<kbd>\" is shown to readers as text", StringComparison.Ordinal));
    }

    [Fact]
    public void A_guide_that_is_not_utf8_is_refused_at_the_line_of_the_bad_byte()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        var bytes = Encoding.UTF8.GetBytes(Head + "Line seven.\n").Concat(Encoding.Latin1.GetBytes("Ca\u00f1on City\n")).ToArray();
        File.WriteAllBytes(Path.Combine(paths.Guides, "mistake.md"), bytes);
        var output = new StringWriter();

        Assert.Equal(1, CheckCommand.Run(paths, output));
        Assert.Contains("content/guides/mistake.md:8: the file is not UTF-8 (byte 0xF1 on this line)", output.ToString(), StringComparison.Ordinal);
    }
}
