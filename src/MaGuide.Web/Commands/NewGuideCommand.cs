using System.Globalization;
using System.Text;
using MaGuide.Web.Content;
using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Commands;

/// <summary>
/// The <c>new</c> verb: <c>new "Guide title" --section training</c> writes <c>content/guides/&lt;slug&gt;.md</c> with
/// valid front matter (reviewed today, <c>draft: true</c>) and a skeleton that passes <c>check</c>. It never overwrites:
/// an existing file, a title already used, or an address another guide redirects from is refused and nothing is written.
/// Exit codes: 0 written, 1 refused, 2 the command was mistyped.
/// </summary>
public static class NewGuideCommand
{
    public const string Usage = "Usage: dotnet run --project src/MaGuide.Web -- new \"Guide title\" --section <section>";

    /// <param name="arguments">The words after <c>new</c> (the title, in quotes).</param>
    /// <param name="rawArgs">The whole command line, where <c>--section x</c> or <c>--section=x</c> is found.</param>
    /// <param name="paths">The content folders.</param>
    /// <param name="today">The day written as <c>reviewed</c>.</param>
    /// <param name="output">Where the result or the reason for refusing is written.</param>
    public static int Run(IReadOnlyList<string> arguments, IReadOnlyList<string> rawArgs, ContentPaths paths, DateOnly today, TextWriter output)
    {
        var sections = string.Join(", ", Section.All.Select(s => s.Key));
        if (arguments.Count > 1)
        {
            output.WriteLine($"new: put the whole title in quotes (got {arguments.Count} words: {string.Join(" ", arguments)})\n{Usage}");
            return 2;
        }

        var title = arguments.Count == 1 ? arguments[0].Trim() : "";
        if (title.Length == 0)
        {
            output.WriteLine($"new: give the guide's title in quotes, e.g. new \"How to renew a CMA\" --section training\n{Usage}");
            return 2;
        }

        if (title.Length > FrontMatter.MaxTitleLength)
        {
            output.WriteLine($"new: the title is {title.Length} characters; keep it to {FrontMatter.MaxTitleLength} or fewer");
            return 2;
        }

        var sectionKey = Option(rawArgs, "--section");
        if (sectionKey is null)
        {
            output.WriteLine($"new: say which section the guide belongs to with --section (one of {sections})\n{Usage}");
            return 2;
        }

        if (Section.Find(sectionKey) is null)
        {
            output.WriteLine($"new: section \"{sectionKey}\" is not one of {sections}");
            return 2;
        }

        var slug = Slug(title);
        if (slug.Length == 0)
        {
            output.WriteLine("new: the title needs at least one letter or digit; the file name is made from it");
            return 2;
        }

        var file = Path.Combine(paths.Guides, slug + GuideFiles.Extension);
        if (Clash(paths, slug, title) is { } clash)
        {
            output.WriteLine($"new: {clash}; nothing was written");
            return 1;
        }

        try
        {
            Directory.CreateDirectory(paths.Guides);
            using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(Skeleton(title, sectionKey, today));
        }
        catch (IOException) when (File.Exists(file))
        {
            output.WriteLine($"new: {paths.Display(file)} already exists; nothing was written");
            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            output.WriteLine($"new: cannot write {paths.Display(file)}: {ex.Message}");
            return 1;
        }

        output.WriteLine($"new: wrote {paths.Display(file)} as a draft (address {SiteLinks.Guide(slug)}; only Development shows it).");
        output.WriteLine("Next: write the description and the sections, add your sources, run check, then remove the draft: true line to publish.");
        return 0;
    }

    /// <summary>The file name made from a title: lowercase ASCII letters and digits joined by single hyphens.</summary>
    public static string Slug(string title)
    {
        var plain = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            plain.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join('-', plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Why the new guide would clash with an existing one (file, title or an old address), or null.</summary>
    private static string? Clash(ContentPaths paths, string slug, string title)
    {
        var file = Path.Combine(paths.Guides, slug + GuideFiles.Extension);
        if (File.Exists(file))
        {
            return $"{paths.Display(file)} already exists (choose another title, or edit that file)";
        }

        if (!Directory.Exists(paths.Guides))
        {
            return null;
        }

        foreach (var other in Directory.GetFiles(paths.Guides, "*" + GuideFiles.Extension))
        {
            var ignored = new List<ContentProblem>();
            if (EditorText.Read(other, other, ignored) is not { } text || new GuideMarkdown().Parse(text, other, ignored) is not { FrontMatterYaml: { } yaml } parsed
                || FrontMatter.Parse(yaml, other, parsed.FrontMatterFirstLine, ignored) is not { } front)
            {
                continue;
            }

            if (string.Equals(front.Title, title, StringComparison.OrdinalIgnoreCase))
            {
                return $"{paths.Display(other)} already has the title \"{front.Title}\" (each guide needs its own title)";
            }

            if (front.RedirectFrom.Contains(slug))
            {
                return $"{SiteLinks.Guide(slug)} is an old address of {paths.Display(other)} (its redirect_from); choose another title";
            }
        }

        return null;
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == name)
            {
                return i + 1 < args.Count ? args[i + 1].Trim() : "";
            }

            if (args[i].StartsWith(name + "=", StringComparison.Ordinal))
            {
                return args[i][(name.Length + 1)..].Trim();
            }
        }

        return null;
    }

    /// <summary>Front matter that passes check (the title in quotes, so any # or colon in it stays), and a short skeleton.</summary>
    private static string Skeleton(string title, string section, DateOnly today) => $"""
        ---
        title: "{title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}"
        description: "One sentence on what this guide covers. Readers see it in cards and search results."
        section: {section}
        order: 100
        reviewed: {today:yyyy-MM-dd}
        draft: true
        sources: []
        related: []
        ---

        Start with two or three short sentences that say who this page is for and what they will learn.

        ## The main points

        Write each point in plain words. Keep sentences short. Give each fact a source: add it to the sources line above.

        :::note
        Use a note for a tip or a warning. Use varies-by-state in its place when the answer depends on the state.
        :::

        ## What to do next

        Say what the reader can do next, and link to the guides that help.

        """;
}
