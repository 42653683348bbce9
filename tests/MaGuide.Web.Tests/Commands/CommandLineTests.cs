using System.Diagnostics;
using MaGuide.Web.Commands;

namespace MaGuide.Web.Tests.Commands;

/// <summary>The command line (issue #10): verbs wherever options stand, a help verb, and start-up failures without a stack trace.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData(new[] { "check" }, "check")]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5999", "check" }, "check")]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5999", "--", "check" }, "check")]
    [InlineData(new[] { "check", "--urls", "http://127.0.0.1:5999" }, "check")]
    [InlineData(new[] { "--Content:Root=/tmp/c", "import-oews", "a.xlsx" }, "import-oews")]
    [InlineData(new[] { "--environment", "Development" }, null)]
    [InlineData(new[] { "--help" }, "help")]
    public void The_verb_is_found_wherever_options_stand(string[] args, string? verb)
    {
        Assert.Equal(verb, CommandLineArgs.Parse(args).Verb);
    }

    [Fact]
    public void A_verbs_argument_is_the_next_positional_argument()
    {
        var parsed = CommandLineArgs.Parse(["--urls", "http://x", "import-oews", "--Store:Path", "s.db", "file.xlsx"]);

        Assert.Equal("import-oews", parsed.Verb);
        Assert.Equal(["file.xlsx"], parsed.Arguments);
    }

    [Fact]
    public void Help_lists_every_verb()
    {
        var help = CommandLine.Help();

        foreach (var verb in new[] { "check", "new \"Title\" --section <key>", "build-store", "import-oews <file>", "import-projections <file>", "export <folder>", "help" })
        {
            Assert.Contains($"  {verb} ", help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_verb_has_one_entry_in_the_one_table()
    {
        var names = CommandLine.Verbs.Select(v => v.Name).ToList();

        Assert.Equal(names.Distinct(StringComparer.Ordinal).Count(), names.Count);
        Assert.Equal(["check", "new", "build-store", "import-oews", "import-projections", "export", "help"], names);
    }

    [Fact]
    public async Task An_unknown_verb_says_so_lists_the_verbs_and_exits_2()
    {
        var (exit, _, error) = await RunSiteAsync("chek");

        Assert.Equal(2, exit);
        Assert.Contains("Unknown command \"chek\".", error, StringComparison.Ordinal);
        Assert.Contains("  build-store ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_store_builds_the_store_from_the_csvs_and_says_where()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        var store = Path.Combine(Path.GetDirectoryName(paths.Root)!, "store", "maguide.db");

        var (exit, output, _) = await RunSiteAsync("--Content:Root=" + paths.Root, "--Store:Path=" + store, "build-store");

        Assert.Equal(0, exit);
        Assert.Contains("build-store: built ", output, StringComparison.Ordinal);
        Assert.NotEmpty(Directory.EnumerateFiles(Path.GetDirectoryName(store)!, "maguide*.db"));
    }

    [Fact]
    public async Task The_old_import_verb_names_build_store_and_builds_nothing()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        var store = Path.Combine(Path.GetDirectoryName(paths.Root)!, "store", "maguide.db");

        var (exit, _, error) = await RunSiteAsync("--Content:Root=" + paths.Root, "--Store:Path=" + store, "import");

        Assert.Equal(2, exit);
        Assert.Contains("Unknown command \"import\". It is now called \"build-store\".", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(store)) && Directory.EnumerateFiles(Path.GetDirectoryName(store)!).Any());
    }

    /// <summary>Runs the built site the way an editor would; returns exit code, stdout and stderr.</summary>
    private static async Task<(int Exit, string Out, string Err)> RunSiteAsync(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "MaGuide.Web.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Check_runs_when_an_option_stands_before_it()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);

        var (exit, output, _) = await RunSiteAsync("--urls", "http://127.0.0.1:0", "--Content:Root=" + paths.Root, "--", "check");

        Assert.Equal(0, exit);
        Assert.Contains("check: 2 guides", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_prints_the_verbs_and_exits_0()
    {
        var (exit, output, _) = await RunSiteAsync("help");

        Assert.Equal(0, exit);
        Assert.Contains("import-projections <file>", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_up_with_no_content_folder_says_where_and_exits_1_without_a_stack_trace()
    {
        var missing = Path.Combine(Path.GetTempPath(), "maguide-tests", Guid.NewGuid().ToString("n"), "content");

        var (exit, _, error) = await RunSiteAsync("--Content:Root=" + missing, "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, exit);
        Assert.Contains($"MaGuide cannot start: the content folder {Path.Combine(missing, "guides")} does not exist", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_up_with_bad_data_and_no_store_lists_the_problems_and_exits_1_without_a_stack_trace()
    {
        var paths = Fixtures.CopyOf(Fixtures.Bad);
        var store = Path.Combine(Path.GetDirectoryName(paths.Root)!, "store", "maguide.db");

        var (exit, _, error) = await RunSiteAsync("--Content:Root=" + paths.Root, "--Store:Path=" + store, "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, exit);
        Assert.Contains("MaGuide cannot start: the data store cannot be built", error, StringComparison.Ordinal);
        Assert.Contains("content/data/sources.csv:3: kind \"tertiary\"", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
