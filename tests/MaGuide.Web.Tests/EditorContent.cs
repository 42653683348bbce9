using System.Diagnostics;
using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Tests;

/// <summary>
/// A copy of the site's content with what editors add (issue #18): a draft guide, an old address in
/// <c>redirect_from</c>, a guide reviewed long ago and, optionally, a git history with known commit dates.
/// </summary>
public static class EditorContent
{
    public const string DraftSlug = "renewing-your-credential";

    /// <summary>A word only the draft uses, to look for in search, feeds and exports.</summary>
    public const string DraftWord = "zebrafishdraft";

    public const string OldFaqSlug = "common-questions";

    /// <summary>The day the test repository's commit touching faq.md is dated.</summary>
    public static readonly DateOnly FaqCommitDay = new(2026, 3, 14);

    public static ContentPaths Create(bool withGit)
    {
        var paths = Fixtures.CopyOf(Fixtures.Site);
        File.WriteAllText(Path.Combine(paths.Guides, DraftSlug + ".md"),
            $"---\ntitle: Renewing your credential\ndescription: A draft about renewals.\nsection: training\nreviewed: 2026-11-01\ndraft: true\n---\nThe {DraftWord} draft has words.\n");
        Edit(paths, "faq.md", text => text.Replace("\nrelated:", $"\nredirect_from: [{OldFaqSlug}]\nrelated:", StringComparison.Ordinal));
        Edit(paths, "glossary.md", text => System.Text.RegularExpressions.Regex.Replace(text, "(?m)^reviewed: .*$", "reviewed: 2024-01-15"));
        if (withGit)
        {
            var repo = Path.GetDirectoryName(paths.Root)!;
            Git(repo, null, "init", "-q");
            Git(repo, new DateTimeOffset(2026, 1, 2, 10, 0, 0, TimeSpan.Zero), "add", "-A");
            Git(repo, new DateTimeOffset(2026, 1, 2, 10, 0, 0, TimeSpan.Zero), "commit", "-q", "-m", "all");
            Edit(paths, "faq.md", text => text + "\nOne more line.\n");
            Git(repo, null, "add", "content/guides/faq.md");
            // 23:30 in UTC-5 is the next day in UTC: the page shows the UTC day.
            Git(repo, new DateTimeOffset(2026, 3, 13, 23, 30, 0, TimeSpan.FromHours(-5)), "commit", "-q", "-m", "faq");
        }

        return paths;
    }

    private static void Edit(ContentPaths paths, string file, Func<string, string> change)
    {
        var path = Path.Combine(paths.Guides, file);
        File.WriteAllText(path, change(File.ReadAllText(path)));
    }

    /// <summary>Runs git in <paramref name="folder"/>; <paramref name="date"/> sets the author and committer dates.</summary>
    public static string Git(string folder, DateTimeOffset? date, params string[] args)
    {
        var info = new ProcessStartInfo("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", .. args])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (date is { } d)
        {
            info.Environment["GIT_AUTHOR_DATE"] = info.Environment["GIT_COMMITTER_DATE"] = d.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)} failed: {error}");
        return output;
    }
}
