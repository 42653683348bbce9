using MaGuide.Web.Content;
using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data.Import;

namespace MaGuide.Web.Commands;

/// <summary>
/// The command-line verbs an editor or CI runs instead of the web server, e.g. <c>dotnet run --project src/MaGuide.Web -- check</c>.
/// The one dispatch point: <see cref="Verbs"/> names every verb, the line <c>help</c> prints for it and what it runs.
/// </summary>
public static class CommandLine
{
    /// <summary>The verbs, in the order <c>help</c> lists them.</summary>
    public static IReadOnlyList<Verb> Verbs { get; } =
    [
        new("check", "", "validate every guide and CSV in content/ and print file:line problems (exit 1 on any error)",
            run => Task.FromResult(CheckCommand.Run(run.Paths, Console.Out))),
        new("new", "\"Title\" --section <key>", "write content/guides/<slug>.md: a draft with valid front matter and a skeleton (never overwrites)",
            run => Task.FromResult(NewGuideCommand.Run(run.Arguments, run.RawArgs, run.Paths, DateOnly.FromDateTime(DateTime.UtcNow), Console.Out))),
        new("build-store", "", "build the SQLite data store from content/data now (start-up builds it when the CSVs changed)",
            run => Task.FromResult(BuildStoreCommand.Run(run.App, Console.Out))),
        new("import-oews", "<file>", "write a BLS OEWS download into content/data as the preferred wage rows (xlsx, CSV or tab-separated)",
            run => WithFile(run, file => OewsImport.Run(file, run.Paths, Console.Out))),
        new("import-projections", "<file>", "write a BLS Employment Projections table into content/data as the preferred outlook rows",
            run => WithFile(run, file => ProjectionsImport.Run(file, run.Paths, Console.Out))),
        new("export", "<folder>", "write every page of the site as static files into <folder>",
            async run => run.Arguments.Count < 1 ? Usage(run)
                : !StaticExport.HasBaseUrl(run.App.Configuration, Console.Out) ? 2
                : run.StartSite(run.App) is null ? 1
                : await StaticExport.RunAsync(run.App, run.Arguments[0], Console.Out)),
        new("help", "", "list these commands", _ =>
        {
            Console.Out.WriteLine(Help());
            return Task.FromResult(0);
        }),
    ];

    /// <summary>Old names, answered with the new one instead of running anything.</summary>
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal) { ["import"] = "build-store" };

    /// <summary>
    /// Runs the verb named on the command line, if any, and sets the exit code; returns true when a verb ran (and the server
    /// must not start), false when none was named. <paramref name="startSite"/> prepares the store and maps the site, for
    /// <c>export</c>, which serves the site to itself; it returns null (and has said why) when the store cannot be prepared.
    /// An unknown verb prints what is wrong and the list of verbs, with exit code 2.
    /// </summary>
    public static async Task<bool> RunCommandAsync(this WebApplication app, string[] args, Func<WebApplication, Task<GuideCatalogSource>?> startSite)
    {
        var (name, arguments) = CommandLineArgs.Parse(args);
        if (name is null)
        {
            return false;
        }

        if (Verbs.FirstOrDefault(v => v.Name == name) is not { } verb)
        {
            var renamed = Renamed.TryGetValue(name, out var now) ? $" It is now called \"{now}\"." : "";
            await Console.Error.WriteLineAsync($"Unknown command \"{name}\".{renamed}\n{Help()}");
            Environment.ExitCode = 2;
            return true;
        }

        Environment.ExitCode = await verb.Run(new VerbRun(app, verb, arguments, args, startSite));
        return true;
    }

    /// <summary>The text <c>help</c> prints.</summary>
    public static string Help()
    {
        var width = Verbs.Max(v => v.Usage.Length);
        return "Usage: dotnet run --project src/MaGuide.Web -- <command> [options]\n" +
            "With no command the web server starts. Options such as --urls or --Content:Root may stand anywhere.\n\nCommands:\n" +
            string.Join('\n', Verbs.Select(v => $"  {v.Usage.PadRight(width)}  {v.What}"));
    }

    private static Task<int> WithFile(VerbRun run, Func<string, int> import) =>
        Task.FromResult(run.Arguments.Count < 1 ? Usage(run) : import(run.Arguments[0]));

    private static int Usage(VerbRun run)
    {
        Console.Error.WriteLine($"Usage: dotnet run --project src/MaGuide.Web -- {run.Verb.Usage}");
        return 2;
    }
}

/// <summary>
/// A command-line verb: its <paramref name="Name"/>, the arguments it takes (for <c>help</c>), what it does, and what runs;
/// <paramref name="Run"/> returns the process exit code (0 done, 1 failed, 2 mistyped).
/// </summary>
public sealed record Verb(string Name, string ArgumentsUsage, string What, Func<VerbRun, Task<int>> Run)
{
    /// <summary>The verb as <c>help</c> shows it, e.g. <c>import-oews &lt;file&gt;</c>.</summary>
    public string Usage => ArgumentsUsage.Length == 0 ? Name : $"{Name} {ArgumentsUsage}";
}

/// <summary>One run of a verb: the built app, the words after the verb, the whole command line (for options such as <c>--section</c>).</summary>
public sealed record VerbRun(WebApplication App, Verb Verb, IReadOnlyList<string> Arguments, IReadOnlyList<string> RawArgs, Func<WebApplication, Task<GuideCatalogSource>?> StartSite)
{
    public ContentPaths Paths => App.Services.GetRequiredService<ContentPaths>();
}
