using MaGuide.Web.Content;

namespace MaGuide.Web.Infrastructure;

/// <summary>Verbs an editor or CI runs instead of the web server, e.g. <c>dotnet run --project src/MaGuide.Web -- check</c>.</summary>
public static class CommandLine
{
    /// <summary>Runs the verb named by the first argument, if any; returns true when a verb ran (and the server must not start).</summary>
    public static Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        // A verb is the first argument only, so option values such as `--urls http://...` are never taken for one.
        var verb = args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal) ? args[0] : null;
        switch (verb)
        {
            case null:
                return Task.FromResult(false);
            case "check":
                Environment.ExitCode = CheckCommand.Run(app.Services.GetRequiredService<ContentPaths>(), Console.Out);
                return Task.FromResult(true);
            default:
                Console.Error.WriteLine($"Unknown command \"{verb}\". Commands: check");
                Environment.ExitCode = 2;
                return Task.FromResult(true);
        }
    }
}
