using MaGuide.Web.Commands;
using MaGuide.Web.Content;
using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Tests.Content;

/// <summary>
/// What <c>check</c> says about the editor features of issue #18: drafts, <c>redirect_from</c>, stale reviews and the
/// changelog. Every mistake is a <c>file:line: message</c>, like the rest of check (issue #10).
/// </summary>
public sealed class EditorFeatureCheckTests
{
    private static string Guide(string extraFrontMatter, string title = "Added guide", string body = "Some words.\n") =>
        $"---\ntitle: {title}\ndescription: An added guide.\nsection: pay\nreviewed: 2026-11-01\n{extraFrontMatter}---\n{body}";

    /// <summary>Writes each file (path relative to content/) into a copy of the good fixture, then runs check.</summary>
    private static (int Exit, string[] Lines) Check(params (string Path, string Text)[] files)
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        foreach (var (path, text) in files)
        {
            File.WriteAllText(Path.Combine(paths.Root, path), text);
        }

        var output = new StringWriter();
        var exit = CheckCommand.Run(paths, output);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Theory]
    [InlineData("draft: yes\n", "content/guides/added.md:6: \"draft\" must be true or false (unquoted), not \"yes\"")]
    [InlineData("draft: \"true\"\n", "content/guides/added.md:6: \"draft\" must be true or false (unquoted), not \"true\"")]
    [InlineData("draft: [true]\n", "content/guides/added.md:6: \"draft\" must be true or false (unquoted), not a list")]
    [InlineData("redirect_from: old-name\n", "content/guides/added.md:6: \"redirect_from\" must be a list, e.g. redirect_from: [a, b]")]
    [InlineData("redirect_from: [Old Name]\n", "content/guides/added.md:6: redirect_from \"Old Name\" is not a guide address")]
    [InlineData("redirect_from: [old, old]\n", "content/guides/added.md:6: \"redirect_from\" lists \"old\" twice")]
    [InlineData("redirect_from: [second-guide]\n", "content/guides/added.md:6: redirect_from \"second-guide\" is the address of a live guide (content/guides/second-guide.md)")]
    [InlineData("redirect_from: [added]\n", "content/guides/added.md:6: redirect_from \"added\" is this guide's own address")]
    public void A_wrong_draft_or_redirect_from_value_is_an_error_at_its_line(string frontMatter, string expected)
    {
        var (exit, lines) = Check(("guides/added.md", Guide(frontMatter)));

        Assert.Equal(1, exit);
        Assert.Contains(lines, l => l.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Two_guides_claiming_one_old_address_are_each_named_at_their_line()
    {
        var (exit, lines) = Check(
            ("guides/added.md", Guide("redirect_from: [old-name]\n")),
            ("guides/other.md", Guide("order: 5\nredirect_from: [old-name]\n", title: "Other guide")));

        Assert.Equal(1, exit);
        Assert.Contains("content/guides/added.md:6: redirect_from \"old-name\" is also claimed by content/guides/other.md; an old address can lead to one guide only", lines);
        Assert.Contains("content/guides/other.md:7: redirect_from \"old-name\" is also claimed by content/guides/added.md; an old address can lead to one guide only", lines);
    }

    [Fact]
    public void A_link_to_an_old_address_names_the_new_one()
    {
        var (exit, lines) = Check(
            ("guides/added.md", Guide("redirect_from: [old-name]\n")),
            ("guides/linker.md", Guide("", title: "Linker", body: "See [it](/guides/old-name).\n")));

        Assert.Equal(1, exit);
        Assert.Contains("content/guides/linker.md:7: link to /guides/old-name: that guide moved to /guides/added (redirect_from in content/guides/added.md); link to its new address", lines);
    }

    [Fact]
    public void A_draft_is_checked_and_named_as_a_draft_and_is_not_counted_as_published()
    {
        var (exit, lines) = Check(("guides/added.md", Guide("draft: true\n")));

        Assert.Equal(0, exit);
        Assert.Contains("content/guides/added.md:6: draft: checked, but not published (only Development shows it); remove draft: true to publish", lines);
        Assert.StartsWith("check: 2 guides (and 1 draft, not published), ", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_with_a_mistake_still_fails_check()
    {
        var (exit, lines) = Check(("guides/added.md", Guide("draft: true\n", body: "See [x](/guides/nowhere).\n")));

        Assert.Equal(1, exit);
        Assert.Contains("content/guides/added.md:8: link to /guides/nowhere: no such guide (no content/guides/nowhere.md)", lines);
    }

    [Fact]
    public void A_published_guide_may_not_link_to_or_relate_a_draft_and_the_hub_may_not_be_a_draft()
    {
        var hub = File.ReadAllText(Path.Combine(Fixtures.Good.Guides, "what-is-a-medical-assistant.md"));
        var (exit, lines) = Check(
            ("guides/added.md", Guide("draft: true\n")),
            ("guides/linker.md", Guide("related: [added]\n", title: "Linker", body: "See [it](/guides/added).\n")),
            ("guides/what-is-a-medical-assistant.md", hub.Replace("order: 0\n", "order: 0\ndraft: true\n", StringComparison.Ordinal)));

        Assert.Equal(1, exit);
        Assert.Contains(lines, l => l.StartsWith("content/guides/linker.md:6: related guide \"added\" is a draft", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("content/guides/linker.md:8: link to /guides/added: that guide is a draft", StringComparison.Ordinal));
        Assert.Contains("content/guides/what-is-a-medical-assistant.md:6: the home page guide cannot be a draft; the site has no home page without it", lines);
    }

    [Fact]
    public void A_review_more_than_twelve_months_old_is_a_warning_that_keeps_the_guide_published()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var old = today.AddMonths(-12).AddDays(-1);
        var (exit, lines) = Check(
            ("guides/added.md", Guide("").Replace("reviewed: 2026-11-01", $"reviewed: {old:yyyy-MM-dd}", StringComparison.Ordinal)),
            ("guides/recent.md", Guide("", title: "Recent").Replace("reviewed: 2026-11-01", $"reviewed: {today.AddMonths(-12):yyyy-MM-dd}", StringComparison.Ordinal)));

        Assert.Equal(0, exit);
        Assert.Contains(lines, l => l.StartsWith($"content/guides/added.md:5: warning: reviewed {old:yyyy-MM-dd} is more than 12 months ago", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("content/guides/recent.md", StringComparison.Ordinal));
        Assert.StartsWith("check: 4 guides", lines[^1], StringComparison.Ordinal);
    }

    private const string Entry = "- date: 2026-11-01\n  kind: correction\n  summary: Fixed a figure.\n  links: [/guides/second-guide]\n";

    [Theory]
    [InlineData("- date: 2026-02-30\n  kind: data\n  summary: S.\n", 1, "date \"2026-02-30\" must be a real day written YYYY-MM-DD")]
    [InlineData("- date: 2999-01-01\n  kind: data\n  summary: S.\n", 1, "date 2999-01-01 is in the future")]
    [InlineData("- date: 2026-11-01\n  kind: typo\n  summary: S.\n", 2, "kind \"typo\" is not one of guide, data, correction, site")]
    [InlineData("- date: 2026-11-01\n  kind: data\n", 1, "changelog entry is missing \"summary\"")]
    [InlineData("- date: 2026-11-01\n  kind: data\n  summary: S.\n  author: me\n", 4, "unknown changelog key \"author\"")]
    [InlineData("- date: 2026-11-01\n  kind: data\n  summary: S.\n  links: /guides/x\n", 4, "\"links\" must be a list of site addresses")]
    [InlineData("- date: 2026-11-01\n  kind: data\n  summary: S.\n  links: [https://example.org]\n", 4, "each link is a site address starting with /")]
    [InlineData("- date: 2026-11-01\n  kind: data\n  summary: S.\n  links: [/guides/gone]\n", 4, "link to /guides/gone: no such guide")]
    [InlineData("- date: 2026-11-01\n  kind: data\n  summary: S.\n  links: [/no-such-page]\n", 4, "link to /no-such-page: no such page on the site")]
    [InlineData("- just a sentence\n", 1, "each changelog entry has date, kind and summary lines")]
    [InlineData("- date: 2026-11-01\n  kind: data\n  summary: Costs are: high\n", 3, "\"summary\" has a value holding \": \"")]
    public void A_changelog_mistake_is_an_error_at_its_line_and_publishes_no_entries(string yaml, int line, string message)
    {
        // After a valid four-line entry, so the line numbers prove they count from the top of the file.
        var paths = Fixtures.CopyOf(Fixtures.Good);
        File.WriteAllText(paths.Changelog, Entry + yaml);
        var output = new StringWriter();

        Assert.Equal(1, CheckCommand.Run(paths, output));
        Assert.Contains($"content/changelog.yaml:{line + 4}: {message}", output.ToString(), StringComparison.Ordinal);
        Assert.Empty(new GuideLoader(new GuideMarkdown()).Load(paths).Catalog.Changes.Entries);
    }

    /// <summary>Readers see a summary on /changes: a British spelling there is a warning at its line, as in a guide (not an error).</summary>
    [Fact]
    public void A_british_spelling_in_a_changelog_summary_is_a_warning_at_its_line()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        File.WriteAllText(paths.Changelog, Entry + "- date: 2026-11-20\n  kind: site\n  summary: \"Figures are now labelled by tier.\"\n");

        var problems = new GuideLoader(new GuideMarkdown()).Load(paths).Problems.Where(p => p.Path.EndsWith("changelog.yaml", StringComparison.Ordinal)).ToList();

        var problem = Assert.Single(problems);
        Assert.Equal(7, problem.Line);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Contains("summary spells \"labelled\" the British way; this is a US site, so write \"labeled\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_changelog_loads_newest_first()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        File.WriteAllText(paths.Changelog, Entry + "- date: 2026-11-20\n  kind: guide\n  summary: \"Added a guide: the second one.\"\n");

        var result = new GuideLoader(new GuideMarkdown()).Load(paths);

        Assert.DoesNotContain(result.Problems, p => p.Path.EndsWith("changelog.yaml", StringComparison.Ordinal));
        Assert.Equal([new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 1)], result.Catalog.Changes.Entries.Select(e => e.Date));
        Assert.Equal("Added a guide: the second one.", result.Catalog.Changes.Entries[0].Summary);
    }
}
