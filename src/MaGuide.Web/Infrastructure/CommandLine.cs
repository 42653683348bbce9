using MaGuide.Web.Content;
using MaGuide.Web.Data;
using MaGuide.Web.Data.Import;

namespace MaGuide.Web.Infrastructure;

/// <summary>Verbs an editor or CI runs instead of the web server, e.g. <c>dotnet run --project src/MaGuide.Web -- check</c>.</summary>
public static class CommandLine
{
    /// <summary>Runs the verb named on the command line, if any; returns true when a verb ran (and the server must not start).</summary>
    public static Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        var (verb, arguments) = CommandLineArgs.Parse(args);
        switch (verb)
        {
            case null or "export":
                // export needs the whole pipeline; Program runs it after mapping the endpoints.
                return Task.FromResult(false);
            case "check":
                Environment.ExitCode = CheckCommand.Run(app.Services.GetRequiredService<ContentPaths>(), Console.Out);
                return Task.FromResult(true);
            case "new":
                Environment.ExitCode = NewGuideCommand.Run(arguments, args, app.Services.GetRequiredService<ContentPaths>(), DateOnly.FromDateTime(DateTime.UtcNow), Console.Out);
                return Task.FromResult(true);
            case "help":
                Console.Out.WriteLine(CommandLineArgs.Help());
                return Task.FromResult(true);
            case "import-oews" or "import-projections" when arguments.Count < 1:
                Console.Error.WriteLine($"Usage: dotnet run --project src/MaGuide.Web -- {verb} <file>");
                Environment.ExitCode = 2;
                return Task.FromResult(true);
            case "import-oews":
                Environment.ExitCode = OewsImport.Run(arguments[0], app.Services.GetRequiredService<ContentPaths>(), Console.Out);
                return Task.FromResult(true);
            case "import-projections":
                Environment.ExitCode = ProjectionsImport.Run(arguments[0], app.Services.GetRequiredService<ContentPaths>(), Console.Out);
                return Task.FromResult(true);
            case "import":
                Environment.ExitCode = ImportCommand.Run(app, Console.Out);
                return Task.FromResult(true);
            default:
                Console.Error.WriteLine($"Unknown command \"{verb}\".\n{CommandLineArgs.Help()}");
                Environment.ExitCode = 2;
                return Task.FromResult(true);
        }
    }
}

public static class ExportCommand
{
    /// <summary>Runs <c>export &lt;folder&gt;</c> if asked; returns true when it ran (and the server must not start).</summary>
    public static async Task<bool> RunExportAsync(this WebApplication app, string[] args)
    {
        var (verb, arguments) = CommandLineArgs.Parse(args);
        if (verb != "export")
        {
            return false;
        }

        if (arguments.Count < 1)
        {
            await Console.Error.WriteLineAsync("Usage: dotnet run --project src/MaGuide.Web -- export <folder>");
            Environment.ExitCode = 2;
            return true;
        }

        Environment.ExitCode = await StaticExport.RunAsync(app, arguments[0], Console.Out);
        return true;
    }
}

/// <summary>The <c>import</c> verb: rebuild the store from content/data now, reporting problems as <c>file:line</c>.</summary>
public static class ImportCommand
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
                output.WriteLine($"import: content/data has errors; the previous store in {Path.GetDirectoryName(location.Path)} is unchanged");
                return 1;
            }

            output.WriteLine($"import: built {target} from {result.Data!.Counts.Values.Sum()} rows in {result.Data.Counts.Count} tables");
            return 0;
        }
        catch (StoreBuildException ex)
        {
            foreach (var problem in ex.Problems)
            {
                output.WriteLine(problem.ToString());
            }

            output.WriteLine("import: content/data has errors; no store was built");
            return 1;
        }
    }
}
