using MaGuide.Web.Data;
namespace MaGuide.Web.Content;

/// <summary>The outcome of reading the content folder: a catalog of the guides that passed, and every problem found.</summary>
public sealed record ContentLoadResult(GuideCatalog Catalog, IReadOnlyList<ContentProblem> Problems)
{
    public bool HasErrors => Problems.Any(p => p.IsError);
}

/// <summary>Reads every guide and the sources table, validates each file, then checks links between them.</summary>
public sealed class GuideLoader(GuideMarkdown markdown, DataPageKeys? dataPages = null)
{
    public ContentLoadResult Load(ContentPaths paths)
    {
        var problems = new List<ContentProblem>();
        var sources = SourceList.Load(paths.SourcesCsv, paths.Display(paths.SourcesCsv), problems);

        var parsed = new List<Guide>();
        var publishable = new List<Guide>();
        var files = Directory.Exists(paths.Guides)
            ? Directory.GetFiles(paths.Guides, "*.md").Order(StringComparer.Ordinal).ToArray()
            : [];
        foreach (var file in files)
        {
            var before = problems.Count;
            if (ParseGuide(file, paths.Display(file), sources, problems) is { } guide)
            {
                parsed.Add(guide);
                if (problems.Count == before)
                {
                    publishable.Add(guide);
                }
            }
        }

        // Links between guides are checked over every guide that could be read, so one error does not hide another.
        CheckAcrossGuides(parsed, dataPages ?? DataPageKeys.None, problems);
        return new ContentLoadResult(new GuideCatalog(publishable, sources), problems);
    }

    /// <summary>Reads one guide; null only when its front matter is unusable. Problems found are added either way.</summary>
    private Guide? ParseGuide(string file, string display, IReadOnlyDictionary<string, Source> sources, List<ContentProblem> problems)
    {
        var slug = Path.GetFileNameWithoutExtension(file);
        if (!SlugRules.IsSlug(slug))
        {
            problems.Add(new(display, 1, $"file name \"{slug}\" must be lowercase words joined by hyphens; it becomes the page address"));
        }

        var text = File.ReadAllText(file);
        var parsed = markdown.Parse(text, display, problems);
        if (parsed.FrontMatterYaml is null)
        {
            problems.Add(new(display, 1, "guide has no front matter; start the file with --- and the title, description, section and reviewed lines"));
            return null;
        }

        var front = FrontMatter.Parse(parsed.FrontMatterYaml, display, parsed.FrontMatterFirstLine, problems);
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

    private static void CheckAcrossGuides(List<Guide> guides, DataPageKeys dataPages, List<ContentProblem> problems)
    {
        var bySlug = guides.ToDictionary(g => g.Slug, StringComparer.Ordinal);

        foreach (var group in guides.GroupBy(g => g.Title, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            foreach (var guide in group.Skip(1))
            {
                problems.Add(new(guide.SourcePath, 2, $"title \"{guide.Title}\" is also used by {group.First().SourcePath}"));
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

    private static string? InternalLinkProblem(string url, Guide from, Dictionary<string, Guide> bySlug, DataPageKeys dataPages)
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
            if (!bySlug.TryGetValue(slug, out target))
            {
                return $"link to {path}: no such guide (no content/guides/{slug}.md)";
            }
        }
        else if (path == "/")
        {
            target = bySlug.GetValueOrDefault(GuideCatalog.HubSlug);
        }
        else
        {
            return SiteLinks.Exists(path, dataPages) ? null : $"link to {path}: no such page on the site";
        }

        if (anchor is { Length: > 0 } && target is not null && target.Headings.All(h => h.Id != anchor)
            && !(target.IsHub && Section.All.Any(s => s.Anchor == anchor)))
        {
            return $"link to {url}: \"{target.SourcePath}\" has no heading with id \"{anchor}\"";
        }

        return null;
    }
}
