using MaGuide.Web.Commands;
using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data;

namespace MaGuide.Web.Tests.Content;

/// <summary>
/// Data tokens in guides, resolved by <c>check</c> against a store built from the fixture's CSVs. Each case is its own
/// guide (<c>tokens-a.md</c>, <c>tokens-b.md</c>, …) in one of two copies of the fixture, so <c>check</c> runs twice for
/// the class, not once per case: once over the guides that must pass, once over those that must fail.
/// </summary>
public sealed class DataTokenTests(DataTokenTests.Runs runs) : IClassFixture<DataTokenTests.Runs>
{
    private const string Known = "Median {{ wage national median_annual }}, hourly {{ wage national median_hourly }}, CA {{ wage ca median_annual }}, growth {{ projection change_percent }}.\n\nPrices {{ price ca rpp }} in {{ price ca year }}. It buys {{ adjusted ca }}.\n\n{{ table compare cna }}\n\n{{ table wages-by-state }}\n";

    private const string DataLinks = "[ok](/states/ca) [ok](/states/new-york) [ok](/scope/injections) [ok](/compare/cna) [ok](/data/wages.csv)\n\n[bad](/states/zz) [bad](/scope/flying) [bad](/compare/wizard) [bad](/data/secrets.csv)\n";

    public static TheoryData<string, string> Unresolved => new()
    {
        { "{{ wage national median_yearly }}", "content/guides/tokens.md:9: token {{ wage national median_yearly }}: measure \"median_yearly\"" },
        { "{{ wage zz median_annual }}", "content/guides/tokens.md:9: token {{ wage zz median_annual }}: area \"zz\" is not" },
        { "{{ wage ny median_annual }}", "content/guides/tokens.md:9: token {{ wage ny median_annual }}: the data has no median_annual for medical assistants in New York" },
        { "{{ price ny rpp }}", "content/guides/tokens.md:9: token {{ price ny rpp }}: the data has no price parity for New York" },
        { "{{ price ca level }}", "content/guides/tokens.md:9: token {{ price ca level }}: measure \"level\" is not one of rpp, year" },
        { "{{ adjusted national }}", "content/guides/tokens.md:9: token {{ adjusted national }}: area \"national\" is not a state code" },
        { "{{ adjusted ny }}", "content/guides/tokens.md:9: token {{ adjusted ny }}: the data has no price parity for New York" },
        { "{{ salary }}", "content/guides/tokens.md:9: token {{ salary }}: unknown token" },
        { "{{ table compare wizard }}", "content/guides/tokens.md:9: token {{ table compare wizard }}: no role \"wizard\"" },
        { "See {{ table compare cna }} here", "content/guides/tokens.md:9: token {{ table compare cna }}: a table token must stand alone on its own line" },
    };

    public static TheoryData<string> TypedFigures => new()
    {
        "MAs earn $45,000 a year.",
        "Jobs will grow 12% by 2034.",
        "Jobs will grow 12 percent by 2034.",
    };

    /// <summary>
    /// The two <c>check</c> runs: <see cref="Clean"/> over the known tokens and the typed figures (which must pass),
    /// <see cref="Faulty"/> over the unresolved tokens and the data links (which must fail). Guide files are named by body.
    /// </summary>
    public sealed class Runs
    {
        public Runs()
        {
            Clean = CheckWith([Known, .. TypedFigures.Select((object[] row) => (string)row[0] + "\n")]);
            Faulty = CheckWith([.. Unresolved.Select((object[] row) => "Intro.\n\n" + (string)row[0] + "\n"), DataLinks]);
        }

        public Run Clean { get; }

        public Run Faulty { get; }

        private static Run CheckWith(string[] bodies)
        {
            var paths = Fixtures.CopyOf(Fixtures.Good);
            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < bodies.Length; i++)
            {
                var name = $"tokens-{(char)('a' + i)}";
                files[bodies[i]] = $"content/guides/{name}.md";
                File.WriteAllText(Path.Combine(paths.Guides, name + ".md"), $"---\ntitle: Tokens {(char)('a' + i)}\ndescription: Tokens.\nsection: pay\nreviewed: 2026-11-01\n---\n" + bodies[i]);
            }

            var output = new StringWriter();
            var exit = CheckCommand.Run(paths, output);
            return new Run(exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), files);
        }
    }

    /// <summary>One check run: its exit code, its lines, and the guide file each body was written to.</summary>
    public sealed record Run(int Exit, string[] Lines, IReadOnlyDictionary<string, string> Files)
    {
        /// <summary>The lines about the guide holding <paramref name="body"/>, with its file named <c>content/guides/tokens.md</c>.</summary>
        public string[] LinesFor(string body) =>
            [.. Lines.Where(l => l.StartsWith(Files[body] + ":", StringComparison.Ordinal)).Select(l => "content/guides/tokens.md" + l[Files[body].Length..])];
    }

    [Fact]
    public void Known_tokens_resolve_and_check_passes()
    {
        Assert.True(runs.Clean.Exit == 0, string.Join('\n', runs.Clean.Lines));
        Assert.Empty(runs.Clean.LinesFor(Known));
    }

    [Theory, MemberData(nameof(Unresolved))]
    public void An_unresolved_token_is_an_error_with_file_and_line(string body, string expected)
    {
        var lines = runs.Faulty.LinesFor("Intro.\n\n" + body + "\n");

        Assert.Equal(1, runs.Faulty.Exit);
        Assert.Contains(lines, l => l.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(TypedFigures))]
    public void A_typed_figure_in_prose_is_a_warning(string body)
    {
        var lines = runs.Clean.LinesFor(body + "\n");

        Assert.Equal(0, runs.Clean.Exit);
        Assert.Contains(lines, l => l.StartsWith("content/guides/tokens.md:7: warning:", StringComparison.Ordinal) && l.Contains("typed in prose", StringComparison.Ordinal));
    }

    [Fact]
    public void Links_to_data_pages_are_checked_against_the_data()
    {
        var lines = runs.Faulty.LinesFor(DataLinks);

        Assert.Equal(1, runs.Faulty.Exit);
        Assert.Equal(4, lines.Count(l => l.StartsWith("content/guides/tokens.md:9: link to", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_token_for_one_statistic_is_filled_when_the_periods_preferred_row_gives_another()
    {
        // New York, May 2023: a median from one page, and a mean two independent pages agree on (so the mean's row is
        // confirmed and preferred). The median token must still find the median; it once read preferred rows only.
        var paths = Fixtures.CopyOf(Fixtures.Good);
        File.AppendAllText(Path.Combine(paths.Data, "sources.csv"),
            "ny-median,secondary,NY median page,Site M,https://median.example/ny,May 2023,undated,\n"
            + "ny-mean-a,secondary,NY mean page,Site A,https://mean-a.example/ny,May 2023,undated,\n"
            + "ny-mean-b,secondary,NY mean page,Site B,https://mean-b.example/ny,May 2023,undated,\n");
        File.AppendAllText(Path.Combine(paths.Data, "wages.csv"),
            "medical-assistant,NY,May 2023,,,,,,,,,,,45440,,,,,ny-median,,false,\n"
            + "medical-assistant,NY,May 2023,,22.77,,,,,,47350,,,,,,,,ny-mean-a,,false,\n"
            + "medical-assistant,NY,May 2023,,22.77,,,,,,47350,,,,,,,,ny-mean-b,,false,\n");
        File.WriteAllText(Path.Combine(paths.Guides, "ny-pay.md"),
            "---\ntitle: New York pay\ndescription: Pay.\nsection: pay\nreviewed: 2026-11-01\n---\nThe median was {{ wage ny median_annual }} and the mean {{ wage ny mean_annual }}.\n");
        var problems = new List<ContentProblem>();
        var ny = DataSetReader.Read(paths, problems)!.Wages.Where(w => w.AreaCode == "NY").ToList();
        Assert.Equal([false, true, false], ny.Select(w => w.Preferred));

        var output = new StringWriter();
        var exit = CheckCommand.Run(paths, output);

        Assert.True(exit == 0, output.ToString());
        Assert.DoesNotContain("ny-pay.md", output.ToString(), StringComparison.Ordinal);
    }
}
