using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Content;

/// <summary>
/// The day of the last git commit that touched each guide file, read once at start-up with a single
/// <c>git log</c> over <c>content/guides</c>. Falls back quietly to no dates (the page then shows only "Last reviewed")
/// when git is not installed, the content is not in a git checkout (e.g. a container without <c>.git</c>), the
/// clone is shallow (its oldest commit would claim every file), or git fails or takes too long.
/// </summary>
public sealed class GuideHistory
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly IReadOnlyDictionary<string, DateOnly> lastCommit;

    private GuideHistory(IReadOnlyDictionary<string, DateOnly> lastCommit, string status)
    {
        this.lastCommit = lastCommit;
        Status = status;
    }

    /// <summary>No dates: the fallback.</summary>
    public static GuideHistory None { get; } = new(new Dictionary<string, DateOnly>(), "not read");

    /// <summary>For the log: where the dates came from, or why there are none.</summary>
    public string Status { get; }

    /// <summary>Day of the last commit touching <c>guides/{fileName}</c>, or null.</summary>
    public DateOnly? LastUpdated(string fileName) => lastCommit.TryGetValue(fileName, out var day) ? day : null;

    /// <summary>Reads the dates for <paramref name="paths"/>'s guides folder; never throws.</summary>
    /// <param name="paths">The content folders; git runs in the guides folder.</param>
    /// <param name="git">The git program (a test passes a missing one to see the fallback).</param>
    public static GuideHistory FromGit(ContentPaths paths, string git = "git")
    {
        if (!Directory.Exists(paths.Guides))
        {
            return new(new Dictionary<string, DateOnly>(), "no guides folder");
        }

        if (Run(git, paths.Guides, "rev-parse", "--is-shallow-repository") is not { } shallow)
        {
            return new(new Dictionary<string, DateOnly>(), "not a git checkout (or git is not installed)");
        }

        if (shallow.Trim() != "false")
        {
            return new(new Dictionary<string, DateOnly>(), "a shallow clone: commit dates would be wrong, so none are shown");
        }

        // One line "\x1e<date>" per commit, then the files it touched, relative to the guides folder. Newest first,
        // so the first date seen for a file is its last commit.
        if (Run(git, paths.Guides, "-c", "core.quotepath=off", "log", "--format=%x1e%cd", "--date=format-local:%Y-%m-%d", "--name-only", "--relative", "--", ".") is not { } log)
        {
            return new(new Dictionary<string, DateOnly>(), "git log failed");
        }

        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var current = default(DateOnly?);
        foreach (var raw in log.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith('\x1e'))
            {
                current = DateOnly.TryParseExact(line[1..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
            }
            else if (line.Length > 0 && current is { } day)
            {
                dates.TryAdd(line, day);
            }
        }

        return new(dates, $"from git: {dates.Count} files");
    }

    /// <summary>git's standard output, or null when it cannot start, fails or runs past the timeout.</summary>
    private static string? Run(string git, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(git) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Dates in UTC (format-local reads TZ), whatever the server's zone.
        start.Environment["TZ"] = "UTC";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            return process.ExitCode == 0 ? output.GetAwaiter().GetResult() : null;
        }
        catch (Exception ex) when (ex is Win32Exception or IOException or InvalidOperationException)
        {
            return null;
        }
    }
}
