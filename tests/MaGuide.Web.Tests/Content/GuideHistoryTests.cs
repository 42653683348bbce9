using MaGuide.Web.Content;
using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Tests.Content;

/// <summary>"Last updated" from git (issue #18 point 7): one read at start-up, and a quiet fallback without full history.</summary>
public sealed class GuideHistoryTests
{
    [Fact]
    public void A_full_checkout_gives_each_guide_the_utc_day_of_its_last_commit()
    {
        var paths = EditorContent.Create(withGit: true);

        var history = GuideHistory.FromGit(paths);

        Assert.Equal(EditorContent.FaqCommitDay, history.LastUpdated("faq.md"));
        Assert.Equal(new DateOnly(2026, 1, 2), history.LastUpdated("glossary.md"));
        Assert.Null(history.LastUpdated("no-such-guide.md"));
        // The loader (without the data store, so only guides without data tokens load) carries the day onto the guide.
        var guide = new GuideLoader(new GuideMarkdown(), history: history).Load(paths).Catalog.Find("glossary")!;
        Assert.Equal(new DateOnly(2026, 1, 2), guide.LastUpdated);
    }

    [Fact]
    public void A_shallow_clone_gives_no_dates_rather_than_its_one_commit_for_every_file()
    {
        var source = Path.GetDirectoryName(EditorContent.Create(withGit: true).Root)!;
        var clone = Path.Combine(Path.GetTempPath(), "maguide-tests", Guid.NewGuid().ToString("n"));
        EditorContent.Git(Path.GetTempPath(), null, "clone", "-q", "--depth", "1", "file://" + source, clone);

        var history = GuideHistory.FromGit(new ContentPaths(Path.Combine(clone, "content")));

        Assert.Contains("shallow", history.Status, StringComparison.Ordinal);
        Assert.Null(history.LastUpdated("faq.md"));
        Assert.Null(history.LastUpdated("glossary.md"));
    }

    [Fact]
    public void Content_outside_any_git_checkout_gives_no_dates_and_no_error()
    {
        var history = GuideHistory.FromGit(EditorContent.Create(withGit: false));

        Assert.Null(history.LastUpdated("faq.md"));
        Assert.Contains("not a git checkout", history.Status, StringComparison.Ordinal);
    }

    [Fact]
    public void A_machine_without_git_gives_no_dates_and_no_error()
    {
        var history = GuideHistory.FromGit(EditorContent.Create(withGit: true), git: "/nonexistent/bin/git");

        Assert.Null(history.LastUpdated("faq.md"));
    }

    [Fact]
    public void A_file_changed_but_not_committed_keeps_its_last_commit_day()
    {
        var paths = EditorContent.Create(withGit: true);
        File.AppendAllText(Path.Combine(paths.Guides, "faq.md"), "\nUncommitted.\n");

        Assert.Equal(EditorContent.FaqCommitDay, GuideHistory.FromGit(paths).LastUpdated("faq.md"));
    }
}
