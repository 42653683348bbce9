namespace MaGuide.Web.ContentFiles;

/// <summary>Where the editors' files live, and how to name them in messages (relative to the repository root).</summary>
public sealed record ContentPaths(string Root)
{
    public string Guides => Path.Combine(Root, "guides");

    public string Data => Path.Combine(Root, "data");

    public string SourcesCsv => Path.Combine(Data, "sources.csv");

    /// <summary>The public list of changes (<c>content/changelog.yaml</c>); optional.</summary>
    public string Changelog => Path.Combine(Root, "changelog.yaml");

    /// <summary>The path an editor would type, e.g. <c>content/guides/faq.md</c>.</summary>
    public string Display(string fullPath)
    {
        var repo = Path.GetDirectoryName(Path.GetFullPath(Root)) ?? Root;
        return Path.GetRelativePath(repo, fullPath).Replace('\\', '/');
    }

    /// <summary>
    /// Finds the <c>content</c> folder: the configured path if given, else the first <c>content/guides</c>
    /// found walking up from the start folders (the app's content root, then the build output).
    /// </summary>
    public static ContentPaths Locate(string? configured, params string[] startFolders)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            // A relative path may be written from the repository root (`dotnet run` starts in the project folder).
            var bases = new[] { Environment.CurrentDirectory }.Concat(startFolders.SelectMany(Ancestors));
            var found = bases.Select(b => Path.GetFullPath(configured, b)).FirstOrDefault(Directory.Exists);
            return new ContentPaths(found ?? Path.GetFullPath(configured));
        }

        foreach (var dir in startFolders.SelectMany(Ancestors))
        {
            var candidate = Path.Combine(dir, "content");
            if (Directory.Exists(Path.Combine(candidate, "guides")))
            {
                return new ContentPaths(candidate);
            }
        }

        throw new StartupException(
            $"no content/guides folder found in {string.Join(" or ", startFolders)} or any folder above them; run from the repository, or set Content:Root (e.g. --Content:Root=/srv/maguide/content)");
    }

    /// <summary>Throws a <see cref="StartupException"/> naming the folder when the guides or data folder is missing or unreadable.</summary>
    public ContentPaths EnsureReadable()
    {
        foreach (var folder in new[] { Guides, Data })
        {
            if (!Directory.Exists(folder))
            {
                throw new StartupException($"the content folder {folder} does not exist; set Content:Root to the folder that holds guides/ and data/");
            }

            try
            {
                using var entries = Directory.EnumerateFileSystemEntries(folder).GetEnumerator();
                entries.MoveNext();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new StartupException($"the content folder {folder} cannot be read ({ex.Message}); check its permissions");
            }
        }

        return this;
    }

    private static IEnumerable<string> Ancestors(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            yield return dir.FullName;
        }
    }
}
