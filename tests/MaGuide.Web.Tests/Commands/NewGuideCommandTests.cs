using MaGuide.Web.Commands;
using MaGuide.Web.Content;
using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Tests.Commands;

/// <summary>The <c>new</c> verb (issue #18 point 4): a draft that passes check, never an overwrite, clear refusals.</summary>
public sealed class NewGuideCommandTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static (int Exit, string Output) New(ContentPaths paths, params string[] args)
    {
        var output = new StringWriter();
        var verbArgs = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var exit = NewGuideCommand.Run(verbArgs, ["new", .. args], paths, Today, output);
        return (exit, output.ToString());
    }

    [Fact]
    public void It_writes_a_draft_with_valid_front_matter_that_passes_check()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);

        var (exit, output) = New(paths, "Why CMA is the #1 credential: a look", "--section", "training");

        Assert.Equal(0, exit);
        var file = Path.Combine(paths.Guides, "why-cma-is-the-1-credential-a-look.md");
        Assert.Contains("wrote content/guides/why-cma-is-the-1-credential-a-look.md as a draft", output, StringComparison.Ordinal);
        var text = File.ReadAllText(file);
        Assert.Contains("title: \"Why CMA is the #1 credential: a look\"\n", text, StringComparison.Ordinal);
        Assert.Contains($"reviewed: {Today:yyyy-MM-dd}\n", text, StringComparison.Ordinal);
        Assert.Contains("section: training\n", text, StringComparison.Ordinal);
        Assert.Contains("draft: true\n", text, StringComparison.Ordinal);

        var check = new StringWriter();
        Assert.Equal(0, CheckCommand.Run(paths, check));
        Assert.DoesNotContain("why-cma-is-the-1-credential-a-look.md:", check.ToString().Replace("why-cma-is-the-1-credential-a-look.md:7: draft:", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var draft = new GuideLoader(new GuideMarkdown()).Load(paths).Catalog.FindDraft("why-cma-is-the-1-credential-a-look");
        Assert.Equal("Why CMA is the #1 credential: a look", draft?.Title);
        Assert.Equal(Today, draft?.Reviewed);
    }

    [Fact]
    public void It_refuses_to_overwrite_and_leaves_the_file_as_it_was()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        var file = Path.Combine(paths.Guides, "second-guide.md");
        var before = File.ReadAllBytes(file);

        var (exit, output) = New(paths, "Second guide!", "--section", "pay");

        Assert.Equal(1, exit);
        Assert.Equal("new: content/guides/second-guide.md already exists (choose another title, or edit that file); nothing was written\n", output);
        Assert.Equal(before, File.ReadAllBytes(file));
    }

    [Fact]
    public void It_refuses_a_title_already_used_or_an_old_address_another_guide_redirects_from()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        var second = Path.Combine(paths.Guides, "second-guide.md");
        File.WriteAllText(second, File.ReadAllText(second)
            .Replace("reviewed:", "redirect_from: [old-name]\nreviewed:", StringComparison.Ordinal).Replace("title: Second guide", "title: Pay in short", StringComparison.Ordinal));

        var (titleExit, titleOutput) = New(paths, "PAY IN SHORT", "--section", "pay");
        var (redirectExit, redirectOutput) = New(paths, "Old name", "--section=pay");

        Assert.Equal(1, titleExit);
        Assert.Contains("content/guides/second-guide.md already has the title \"Pay in short\"", titleOutput, StringComparison.Ordinal);
        Assert.Equal(1, redirectExit);
        Assert.Contains("/guides/old-name is an old address of content/guides/second-guide.md", redirectOutput, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(paths.Guides).Length);
    }

    [Theory]
    [InlineData(new[] { "Title", "--section", "nursing" }, "new: section \"nursing\" is not one of basics, scope, training, pay, compare, about")]
    [InlineData(new[] { "Title" }, "new: say which section the guide belongs to with --section (one of basics, scope, training, pay, compare, about)")]
    [InlineData(new[] { "   ", "--section", "pay" }, "new: give the guide's title in quotes")]
    [InlineData(new[] { "--section", "pay" }, "new: give the guide's title in quotes")]
    [InlineData(new[] { "Two", "words", "--section", "pay" }, "new: put the whole title in quotes (got 2 words: Two words)")]
    [InlineData(new[] { "???", "--section", "pay" }, "new: the title needs at least one letter or digit")]
    public void A_mistyped_command_says_what_to_fix_and_writes_nothing(string[] args, string expected)
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);

        var (exit, output) = New(paths, args);

        Assert.Equal(2, exit);
        Assert.StartsWith(expected, output, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(paths.Guides).Length);
    }

    [Fact]
    public void A_title_longer_than_front_matter_allows_is_refused()
    {
        var (exit, output) = New(Fixtures.CopyOf(Fixtures.Good), new string('a', FrontMatter.MaxTitleLength + 1), "--section", "pay");

        Assert.Equal(2, exit);
        Assert.StartsWith($"new: the title is {FrontMatter.MaxTitleLength + 1} characters", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Café hours & pay: what's normal?", "cafe-hours-pay-what-s-normal")]
    [InlineData("  MA vs. RN  ", "ma-vs-rn")]
    public void The_file_name_is_lowercase_ascii_words_joined_by_hyphens(string title, string slug) =>
        Assert.Equal(slug, NewGuideCommand.Slug(title));
}
