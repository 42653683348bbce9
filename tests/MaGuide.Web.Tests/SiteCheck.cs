using MaGuide.Web.Commands;

namespace MaGuide.Web.Tests;

/// <summary>
/// <c>check</c> run once over the repository's own content (it reads every CSV, builds a store and renders every
/// guide); the tests that read its summary lines share this one run.
/// </summary>
public static class SiteCheck
{
    private static readonly Lazy<(int Exit, string Output)> Run = new(() =>
    {
        var output = new StringWriter();
        var exit = CheckCommand.Run(Fixtures.Site, output);
        return (exit, output.ToString());
    });

    /// <summary>The exit code of the run (0: no errors).</summary>
    public static int Exit => Run.Value.Exit;

    /// <summary>Everything the run printed.</summary>
    public static string Output => Run.Value.Output;
}
