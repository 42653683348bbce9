namespace MaGuide.Web.Commands;

/// <summary>
/// The verb and its arguments, found wherever they stand among configuration options: <c>--urls X check</c>,
/// <c>check --urls X</c> and <c>--Content:Root=/c -- check</c> all name <c>check</c>. Options follow the
/// framework's command-line configuration rules: <c>--key=value</c>, <c>--key value</c>, <c>-k value</c>.
/// </summary>
public sealed record CommandLineArgs(string? Verb, IReadOnlyList<string> Arguments)
{
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
}
