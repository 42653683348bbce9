using MaGuide.Web.ContentFiles;
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
/// <paramref name="dataPages"/> gives the keys of the data pages, which only the link checks at the end of a load need:
/// it is asked for at the start of each load and awaited only then, so the site reads and parses the guides while the
/// store is queried (a first query builds the EF model: most of a warm start's wait). Null means the data could not be
/// loaded: links to data pages are then not checked.
/// </summary>
/// <paramref name="history"/> gives each guide its "last updated" day from git (computed once, at start-up).
/// <paramref name="parses"/>, when given, keeps each guide's parse between loads (the site's, never <c>check</c>'s).
public sealed class GuideLoader(GuideMarkdown markdown, Func<Task<DataPageKeys>>? dataPages = null, TimeProvider? clock = null, GuideHistory? history = null, GuideParseCache? parses = null)
{
    /// <summary>A loader whose data-page keys are already known (<c>check</c>, which reads them from the CSVs); null: see above.</summary>
    public GuideLoader(GuideMarkdown markdown, DataPageKeys? dataPages, TimeProvider? clock = null, GuideHistory? history = null, GuideParseCache? parses = null)
        : this(markdown, dataPages is null ? null : () => Task.FromResult(dataPages), clock, history, parses)
    {
    }

    // One load at a time: in Development a reload can be set off while the last one runs, and both would share the
    // parse cache's entries.
    private readonly Lock gate = new();

    private bool ReviewIsStale(DateOnly reviewed) => reviewed < Today.AddMonths(-Guide.FreshForMonths);

    private DateOnly Today => DateOnly.FromDateTime((clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);

    /// <summary>
    /// Loads every guide. <paramref name="sourceTable"/> is sources.csv when the caller has read it already (its
    /// problems are then the caller's to report); otherwise it is read here and its problems are in the result.
    /// </summary>
    public ContentLoadResult Load(ContentPaths paths, SourceTable? sourceTable = null)
    {
        lock (gate)
        {
            return LoadOnce(paths, sourceTable);
        }
    }

    private ContentLoadResult LoadOnce(ContentPaths paths, SourceTable? sourceTable)
    {
        var pageKeys = dataPages?.Invoke();
        var problems = new List<ContentProblem>();
        sourceTable ??= SourceTable.Read(paths, problems);
        var sources = sourceTable.ById;
        var sourceErrors = sourceTable.HasErrors;

        // Each guide is read, then parsed on its own (in parallel: most of start-up with many guides); its problems are
        // then added in file order, so the report reads the same whichever guide finished first. The data tokens are
        // made on this thread, before the parse, when any guide is not in the parse cache (see DeferredTokenSource).
        var files = GuideFiles.Find(paths, problems);
        var displays = files.Select(paths.Display).ToArray();
        var texts = new string?[files.Count];
        var lookups = new ParseCacheLookup?[files.Count];
        var each = new (Guide? Guide, List<ContentProblem> Problems)[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            texts[i] = ReadGuide(files[i], displays[i], each[i].Problems = []);
            lookups[i] = texts[i] is { } text ? parses?.Find(displays[i], text) : null;
        });
        if (Enumerable.Range(0, files.Count).Any(i => texts[i] is not null && lookups[i]?.Hit is null))
        {
            markdown.LoadTokens();
        }

        Parallel.For(0, files.Count, i =>
        {
            if (texts[i] is { } text)
            {
                each[i].Guide = ParseGuide(files[i], text, displays[i], lookups[i], sources, each[i].Problems);
            }
        });
        parses?.Save();

        var parsed = new List<Guide>();
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            problems.AddRange(each[i].Problems);
            if (each[i].Guide is { } guide)
            {
                parsed.Add(guide);
            }
            else
            {
                unreadable.Add(Path.GetFileNameWithoutExtension(files[i]));
            }
        }

        var changelogPath = paths.Display(paths.Changelog);
        var changes = Changelog.Load(paths.Changelog, changelogPath, problems, Today);

        // Links between guides are checked over every guide that could be read, so one error does not hide another.
        var fileSlugs = parsed.Select(g => g.Slug).Concat(unreadable).ToHashSet(StringComparer.Ordinal);
        // The loader's own thread (or check's): nothing here runs on a request's synchronization context.
        GuideLinkChecks.Check(parsed, fileSlugs, changes, changelogPath, pageKeys?.GetAwaiter().GetResult(), problems);
        var broken = problems.Where(p => p.IsError).Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var publishable = parsed.Where(g => !broken.Contains(g.SourcePath)).ToList();
        unreadable.UnionWith(parsed.Where(g => broken.Contains(g.SourcePath)).Select(g => g.Slug));
        if (broken.Contains(changelogPath))
        {
            changes = Changelog.Empty;
        }

        return new ContentLoadResult(new GuideCatalog(publishable, sources, changes), problems, unreadable) { HasSourceErrors = sourceErrors };
    }

    /// <summary>One guide file's text (null when it cannot be read); a file name that is not a slug is a problem.</summary>
    private static string? ReadGuide(string file, string display, List<ContentProblem> problems)
    {
        var slug = Path.GetFileNameWithoutExtension(file);
        if (!SlugRules.IsSlug(slug))
        {
            problems.Add(new(display, 1, $"file name \"{slug}\" must be lowercase words joined by hyphens; it becomes the page address"));
        }

        return EditorText.Read(file, display, problems);
    }

    /// <summary>
    /// Parses one guide's text (or takes its parse from the cache, where <paramref name="lookup"/> found it); null only
    /// when its front matter is unusable. Problems found are added either way.
    /// </summary>
    private Guide? ParseGuide(string file, string text, string display, ParseCacheLookup? lookup, IReadOnlyDictionary<string, Source> sources, List<ContentProblem> problems)
    {
        var slug = Path.GetFileNameWithoutExtension(file);
        if ((lookup is { } found ? parses!.Parse(markdown, found, text, display, problems) : markdown.Parse(text, display, problems)) is not { } parsed)
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

        if (ReviewIsStale(front.Reviewed))
        {
            problems.Add(new(display, front.KeyLines["reviewed"],
                $"reviewed {front.Reviewed:yyyy-MM-dd} is more than {Guide.FreshForMonths} months ago; check the facts and set reviewed to the day you did (until then the page tells readers it may be out of date)",
                ProblemSeverity.Warning));
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
            FrontMatterLines = front.KeyLines,
            Draft = front.Draft,
            RedirectFrom = front.RedirectFrom,
            LastUpdated = history?.LastUpdated(Path.GetFileName(file)),
        };
    }
}
