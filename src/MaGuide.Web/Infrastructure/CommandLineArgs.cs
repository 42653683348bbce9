namespace MaGuide.Web.Infrastructure;

/// <summary>
/// The verb and its arguments, found wherever they stand among configuration options: <c>--urls X check</c>,
/// <c>check --urls X</c> and <c>--Content:Root=/c -- check</c> all name <c>check</c>. Options follow the
/// framework's command-line configuration rules: <c>--key=value</c>, <c>--key value</c>, <c>-k value</c>.
/// </summary>
public sealed record CommandLineArgs(string? Verb, IReadOnlyList<string> Arguments)
{
    /// <summary>The verbs, with what each does, in the order <c>help</c> lists them.</summary>
    public static IReadOnlyList<(string Usage, string What)> Verbs { get; } =
    [
        ("check", "validate every guide and CSV in content/ and print file:line problems (exit 1 on any error)"),
        ("new \"Title\" --section <key>", "write content/guides/<slug>.md: a draft with valid front matter and a skeleton (never overwrites)"),
        ("import", "rebuild the data store from content/data now"),
        ("import-oews <file>", "make a BLS OEWS download the preferred wage rows (xlsx, CSV or tab-separated)"),
        ("import-projections <file>", "make a BLS Employment Projections table the preferred outlook rows"),
        ("export <folder>", "write every page of the site as static files into <folder>"),
        ("help", "list these commands"),
    ];

    public static CommandLineArgs Parse(IReadOnlyList<string> args)
    {
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                continue;
            }

            if (arg is "--help" or "-h" or "-?")
            {
                positional.Insert(0, "help");
                continue;
            }

            if (arg.StartsWith('-'))
            {
                // `--key value` takes the next argument as its value, unless it is written `--key=value`.
                if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Count && args[i + 1] != "--")
                {
                    i++;
                }

                continue;
            }

            positional.Add(arg);
        }

        return positional.Count == 0 ? new(null, []) : new(positional[0], positional[1..]);
    }

    /// <summary>The text <c>help</c> prints.</summary>
    public static string Help()
    {
        var width = Verbs.Max(v => v.Usage.Length);
        return "Usage: dotnet run --project src/MaGuide.Web -- <command> [options]\n" +
            "With no command the web server starts. Options such as --urls or --Content:Root may stand anywhere.\n\nCommands:\n" +
            string.Join('\n', Verbs.Select(v => $"  {v.Usage.PadRight(width)}  {v.What}"));
    }
}
