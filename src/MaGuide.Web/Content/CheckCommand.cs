namespace MaGuide.Web.Content;

/// <summary>
/// The <c>check</c> verb: validates every guide and data file and prints <c>path:line: message</c> for each problem.
/// Exit code 1 on any error, 0 when clean (warnings are printed but do not fail).
/// </summary>
public static class CheckCommand
{
    public static int Run(ContentPaths paths, GuideLoader loader, TextWriter output)
    {
        var result = loader.Load(paths);
        foreach (var problem in result.Problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line))
        {
            output.WriteLine(problem.ToString());
        }

        var errors = result.Problems.Count(p => p.IsError);
        var warnings = result.Problems.Count - errors;
        output.WriteLine(
            $"check: {result.Catalog.Guides.Count} guides, {result.Catalog.Sources.Count} sources; {errors} errors, {warnings} warnings");
        return errors > 0 ? 1 : 0;
    }
}
