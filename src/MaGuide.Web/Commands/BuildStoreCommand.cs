using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data;

namespace MaGuide.Web.Commands;

/// <summary>
/// The <c>build-store</c> verb: builds the SQLite store from content/data now (what start-up does when the CSVs changed),
/// reporting problems as <c>file:line</c>. Exit code 1 when the data has errors (the previous store is left as it was).
/// It reads CSVs and writes the store; <c>import-oews</c> and <c>import-projections</c> go the other way, from a BLS file into the CSVs.
/// </summary>
public static class BuildStoreCommand
{
    public static int Run(WebApplication app, TextWriter output)
    {
        var paths = app.Services.GetRequiredService<ContentPaths>();
        var location = app.Services.GetRequiredService<StoreLocation>();
        try
        {
            var target = StoreFile.VersionedPath(location.Path, StoreBuilder.InputHash(paths));
            var result = StoreBuilder.Ensure(paths, target, force: true);
            foreach (var problem in result.Problems)
            {
                output.WriteLine(problem.ToString());
            }

            if (!result.Rebuilt)
            {
                output.WriteLine($"build-store: content/data has errors; the previous store in {Path.GetDirectoryName(location.Path)} is unchanged");
                return 1;
            }

            output.WriteLine($"build-store: built {target} from {result.Data!.Counts.Values.Sum()} rows in {result.Data.Counts.Count} tables");
            return 0;
        }
        catch (StoreBuildException ex)
        {
            foreach (var problem in ex.Problems)
            {
                output.WriteLine(problem.ToString());
            }

            output.WriteLine("build-store: content/data has errors; no store was built");
            return 1;
        }
    }
}
