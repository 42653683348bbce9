using MaGuide.Web.Data;
namespace MaGuide.Web.Content;

/// <summary>
/// The outcome of reading the content folder: a catalog of the guides without errors, every problem found, and the
/// slugs of the guides left out because of an error (a reload keeps their last good version).
/// </summary>
public sealed record ContentLoadResult(GuideCatalog Catalog, IReadOnlyList<ContentProblem> Problems, IReadOnlySet<string> BrokenSlugs)
{
    public bool HasErrors => Problems.Any(p => p.IsError);

    /// <summary>True when sources.csv (which every guide depends on) has an error.</summary>
    public bool HasSourceErrors { get; init; }
}

/// <summary>
/// Reads every guide and the sources table, validates each file, then checks links between them. A guide with an
/// error is left out; warnings never leave a guide out, so what <c>check</c> counts is what the site serves.
/// <paramref name="dataPages"/> null means the data could not be loaded: links to data pages are then not checked.
/// </summary>
public sealed class GuideLoader(GuideMarkdown markdown, DataPageKeys? dataPages = null, TimeProvider? clock = null)
{
    private DateOnly Today => DateOnly.FromDateTime((clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);

    public ContentLoadResult Load(ContentPaths paths)
    {
        var problems = new List<ContentProblem>();
        var sources = SourceList.Load(paths.SourcesCsv, paths.Display(paths.SourcesCsv), problems);
        var sourceErrors = problems.Any(p => p.IsError);

        var parsed = new List<Guide>();
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in GuideFiles.Find(paths, problems))
        {
            var guide = ParseGuide(file, paths.Display(file), sources, problems);
            if (guide is null)
            {
                unreadable.Add(Path.GetFileNameWithoutExtension(file));
            }
            else
            {
                parsed.Add(guide);
            }
        }

        // Links between guides are checked over every guide that could be read, so one error does not hide another.
        CheckAcrossGuides(parsed, dataPages, problems);
        var broken = problems.Where(p => p.IsError).Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var publishable = parsed.Where(g => !broken.Contains(g.SourcePath)).ToList();
        unreadable.UnionWith(parsed.Where(g => broken.Contains(g.SourcePath)).Select(g => g.Slug));
        return new ContentLoadResult(new GuideCatalog(publishable, sources), problems, unreadable) { HasSourceErrors = sourceErrors };
    }

    /// <summary>Reads one guide; null only when its front matter is unusable. Problems found are added either way.</summary>
    private Guide? ParseGuide(string file, string display, IReadOnlyDictionary<string, Source> sources, List<ContentProblem> problems)
    {
        var slug = Path.GetFileNameWithoutExtension(file);
        if (!SlugRules.IsSlug(slug))
        {
            problems.Add(new(display, 1, $"file name \"{slug}\" must be lowercase words joined by hyphens; it becomes the page address"));
        }

        if (EditorText.Read(file, display, problems) is not { } text || markdown.Parse(text, display, problems) is not { } parsed)
        {
            return null;
        }

        if (parsed.FrontMatterYaml is null)
        {
            problems.Add(text.StartsWith("---", StringComparison.Ordinal)
                ? new(display, 1, "front matter opens with --- on this line but has no closing --- line; add one after the last key")
                : new(display, 1, "guide has no front matter; start the file with --- and the title, description, section and reviewed lines"));
            return null;
        }

        var front = FrontMatter.Parse(parsed.FrontMatterYaml, display, parsed.FrontMatterFirstLine, problems, Today);
        if (front is null)
        {
            return null;
        }

        if (parsed.ReadingGrade > Readability.MaxGrade)
        {
            problems.Add(new(display, parsed.FrontMatterFirstLine + parsed.FrontMatterYaml.TrimEnd('\n').Split('\n').Length + 1,
                $"reading grade {parsed.ReadingGrade:0.0} is above {Readability.MaxGrade:0} (Flesch-Kincaid); use shorter sentences and everyday words"));
        }

        var sourcesLine = front.KeyLines.GetValueOrDefault("sources", 1);
        foreach (var id in front.Sources.Where(id => !sources.ContainsKey(id)))
        {
            problems.Add(new(display, sourcesLine, $"source \"{id}\" is not in content/data/sources.csv"));
        }

        return new Guide
        {
            Slug = slug,
            SourcePath = display,
            Title = front.Title,
            Description = front.Description,
            Section = front.Section,
            Order = front.Order,
            Reviewed = front.Reviewed,
            SourceIds = front.Sources,
            RelatedSlugs = front.Related,
            Html = parsed.Html,
            Headings = parsed.Headings,
            Links = parsed.Links,
            Figures = parsed.Figures,
            WordCount = parsed.WordCount,
            ReadingGrade = parsed.ReadingGrade,
            LastModifiedUtc = File.GetLastWriteTimeUtc(file),
            FrontMatterLines = front.KeyLines,
        };
    }

    private static void CheckAcrossGuides(List<Guide> guides, DataPageKeys? dataPages, List<ContentProblem> problems)
    {
        var bySlug = guides.ToDictionary(g => g.Slug, StringComparer.Ordinal);

        // Neither file is "the original": both are named, each at its own title line.
        foreach (var group in guides.GroupBy(g => g.Title, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            foreach (var guide in group)
            {
                var others = string.Join(", ", group.Where(g => g != guide).Select(g => g.SourcePath));
                problems.Add(new(guide.SourcePath, guide.FrontMatterLines.GetValueOrDefault("title", 2), $"title \"{guide.Title}\" is also used by {others}; each guide needs its own title"));
            }
        }

        foreach (var group in guides.GroupBy(g => g.Slug, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            foreach (var guide in group.Skip(1))
            {
                problems.Add(new(guide.SourcePath, 1, $"slug \"{guide.Slug}\" differs only in case from {group.First().SourcePath}"));
            }
        }

        foreach (var guide in guides)
        {
            var relatedLine = guide.FrontMatterLines.GetValueOrDefault("related", 1);
            foreach (var related in guide.RelatedSlugs)
            {
                if (related == guide.Slug)
                {
                    problems.Add(new(guide.SourcePath, relatedLine, "related lists the guide itself"));
                }
                else if (!bySlug.ContainsKey(related))
                {
                    problems.Add(new(guide.SourcePath, relatedLine, $"related guide \"{related}\" does not exist (no content/guides/{related}.md)"));
                }
            }

            foreach (var link in guide.Links)
            {
                if (InternalLinkProblem(link.Url, guide, bySlug, dataPages) is { } message)
                {
                    problems.Add(new(guide.SourcePath, link.Line, message));
                }
            }
        }
    }

    private static string? InternalLinkProblem(string url, Guide from, Dictionary<string, Guide> bySlug, DataPageKeys? dataPages)
    {
        if (!url.StartsWith('/') && !url.StartsWith('#'))
        {
            return null;
        }

        var hashAt = url.IndexOf('#', StringComparison.Ordinal);
        var path = hashAt >= 0 ? url[..hashAt] : url;
        var anchor = hashAt >= 0 ? url[(hashAt + 1)..] : null;
        var queryAt = path.IndexOf('?', StringComparison.Ordinal);
        if (queryAt >= 0)
        {
            path = path[..queryAt];
        }

        Guide? target;
        if (path.Length == 0)
        {
            target = from;
        }
        else if (path.StartsWith("/guides/", StringComparison.Ordinal))
        {
            var slug = path["/guides/".Length..].TrimEnd('/');
            if (slug.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                return $"link to {path}: guide addresses have no .md; write /guides/{slug[..^3]}{(anchor is null ? "" : "#" + anchor)}";
            }

            if (!bySlug.TryGetValue(slug, out target))
            {
                return $"link to {path}: no such guide (no content/guides/{slug}.md)";
            }

            // The hub guide lives at "/"; its /guides/ address answers 301, which a link should not cost readers.
            if (SiteLinks.Guide(target.Slug) != $"/guides/{slug}")
            {
                return $"link to {path}: that address redirects to {SiteLinks.Guide(target.Slug)}; link to {SiteLinks.Guide(target.Slug)}{(anchor is null ? "" : "#" + anchor)} instead";
            }
        }
        else if (path == "/")
        {
            target = bySlug.GetValueOrDefault(GuideCatalog.HubSlug);
        }
        else if (dataPages is null && SiteLinks.IsDataPage(path))
        {
            // The data did not load (its errors are reported); pages built from it cannot be checked.
            return null;
        }
        else
        {
            if (!SiteLinks.Exists(path, dataPages ?? DataPageKeys.None))
            {
                return $"link to {path}: no such page on the site";
            }

            return anchor is { Length: > 0 } && SiteLinks.AnchorsOf(path)?.Contains(anchor) != true
                ? $"link to {url}: {path} has no element with id \"{anchor}\" (anchors there: {string.Join(", ", SiteLinks.AnchorsOf(path)?.Order(StringComparer.Ordinal).ToArray() ?? ["none"])})"
                : null;
        }

        if (anchor is { Length: > 0 } && target is not null && target.Headings.All(h => h.Id != anchor)
            && !(target.IsHub && Section.All.Any(s => s.Anchor == anchor)))
        {
            return $"link to {url}: \"{target.SourcePath}\" has no heading with id \"{anchor}\"";
        }

        return null;
    }
}
