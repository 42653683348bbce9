using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Content;

/// <summary>
/// Finds the guide files: every <c>*.md</c> directly in <c>content/guides</c>. Any other file there (a
/// <c>.markdown</c>, <c>.MD</c> or <c>.txt</c> file, or a file in a subfolder) is an error rather than ignored,
/// so an editor never wonders why a page is missing. Editors' hidden and backup files are passed over.
/// </summary>
public static class GuideFiles
{
    public const string Extension = ".md";

    /// <summary>The guide files in name order; problems for the files that will not be read, and for an unreadable folder.</summary>
    public static IReadOnlyList<string> Find(ContentPaths paths, List<ContentProblem> problems)
    {
        if (!Directory.Exists(paths.Guides))
        {
            problems.Add(new(paths.Display(paths.Guides), 0, "the guides folder is missing"));
            return [];
        }

        string[] files;
        try
        {
            files = Directory.GetFiles(paths.Guides, "*", SearchOption.AllDirectories);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new(paths.Display(paths.Guides), 0, $"cannot read the guides folder: {ex.Message}"));
            return [];
        }

        var guides = new List<string>();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (IsEditorLeftover(name))
            {
                continue;
            }

            var inSubfolder = !string.Equals(Path.GetDirectoryName(file), Path.GetFullPath(paths.Guides).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);
            var extension = Path.GetExtension(name);
            if (inSubfolder)
            {
                problems.Add(new(paths.Display(file), 1, $"guides in subfolders are not published; move it to {paths.Display(paths.Guides)}/"));
            }
            else if (extension == Extension)
            {
                guides.Add(file);
            }
            else
            {
                problems.Add(new(paths.Display(file), 1, $"only {Extension} files are published as guides; rename it to {Path.GetFileNameWithoutExtension(name).ToLowerInvariant()}{Extension}"));
            }
        }

        return guides;
    }

    /// <summary>Hidden files, editor swap and backup files (<c>.x.md.swp</c>, <c>x.md~</c>, <c>#x.md#</c>).</summary>
    private static bool IsEditorLeftover(string name) =>
        name.StartsWith('.') || name.EndsWith('~') || name.StartsWith('#') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal);
}
