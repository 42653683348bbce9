using MaGuide.Web.Content;
using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data;
using MaGuide.Web.Pages.Guides;

namespace MaGuide.Web.Commands;

/// <summary>
/// The <c>check</c> verb: validates every CSV in content/data, the search terms and every guide (including its data tokens, resolved
/// against a store built from those CSVs in the temporary folder, reused while they are unchanged: <see cref="CheckStores"/>) and prints <c>path:line: message</c> for each problem.
/// Exit code 1 on any error, 0 when clean (warnings are printed but do not fail).
/// </summary>
public static class CheckCommand
{
    public static int Run(ContentPaths paths, TextWriter output)
    {
        var problems = new List<ContentProblem>();
        var sources = SourceTable.Read(paths, problems);
        var data = DataSetReader.Read(paths, problems, sources);
        IDataTokenSource tokens = new UnavailableTokens();
        if (data is not null)
        {
            tokens = GuideTokens.Load(new FileStoreFactory(CheckStores.For(data).Path));
        }

        // Without the data, tokens and links to data pages cannot be checked: say so once, not once per token or link.
        var pages = data is null ? null : DataPages.From(data);
        var result = new GuideLoader(new GuideMarkdown(tokens), pages).Load(paths, sources);
        problems.AddRange(result.Problems);
        if (data is null)
        {
            output.WriteLine("check: content/data has errors, so data tokens and links to data pages in guides were not checked; fix the data errors and run check again");
        }

        var terms = SearchTerms.Load(paths, problems);
        if (pages is not null)
        {
            problems.AddRange(terms.PageProblems(paths.Display(Path.Combine(paths.Root, SearchTerms.FileName)), path =>
                path.StartsWith("/guides/", StringComparison.Ordinal) ? result.Catalog.Find(path["/guides/".Length..]) is not null : SiteLinks.Exists(path, pages)));
        }

        foreach (var problem in problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line))
        {
            output.WriteLine(problem.ToString());
        }

        // Drafts are checked like any guide; say which files they are, since the site will not show them.
        foreach (var draft in result.Catalog.Drafts.OrderBy(g => g.SourcePath, StringComparer.Ordinal))
        {
            output.WriteLine($"{draft.SourcePath}:{draft.FrontMatterLines.GetValueOrDefault("draft", 1)}: draft: checked, but not published (only Development shows it); remove draft: true to publish");
        }

        if (data is not null)
        {
            foreach (var line in data.EditorPreferences.Concat(DataQuality.Compute(data).SummaryLines()))
            {
                output.WriteLine(line);
            }
        }

        var errors = problems.Count(p => p.IsError);
        var warnings = problems.Count - errors;
        var rows = data is null ? "data not loaded" : $"{data.Counts.Values.Sum()} data rows in {data.Counts.Count} tables";
        var grades = string.Join(", ", result.Catalog.GuidesAndDrafts.Where(g => g.ReadingGrade is not null).OrderBy(g => g.Slug, StringComparer.Ordinal)
            .Select(g => $"{g.Slug} {g.ReadingGrade!.Value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)}"));
        output.WriteLine(
            $"check: {result.Catalog.Guides.Count} guides{Drafts(result.Catalog.Drafts.Count)}, {result.Catalog.Sources.Count} sources, {rows}; {errors} errors, {warnings} warnings" +
            (grades.Length > 0 ? $"; reading grades (Flesch-Kincaid, {Readability.MaxGrade:0} or lower): {grades}" : ""));
        return errors > 0 ? 1 : 0;
    }

    private static string Drafts(int count) => count switch
    {
        0 => "",
        1 => " (and 1 draft, not published)",
        _ => $" (and {count} drafts, not published)",
    };

    private sealed class UnavailableTokens : IDataTokenSource
    {
        public TokenValue Resolve(DataToken token) => TokenValue.NotChecked;
    }

    private sealed class FileStoreFactory(string path) : IDbContextFactory<MaGuideDb>
    {
        public MaGuideDb CreateDbContext() => StoreBuilder.Open(path, readOnly: true);
    }
}
