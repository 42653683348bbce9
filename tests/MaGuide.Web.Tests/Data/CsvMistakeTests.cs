using System.Text;
using MaGuide.Web.Commands;
using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Tests.Data;

/// <summary>Mistakes an editor makes in a content CSV (issue #10): refused at the right line, with the real cause and no knock-on noise.</summary>
public sealed class CsvMistakeTests
{
    private static (int Exit, string[] Lines) Check(ContentPaths paths)
    {
        var output = new StringWriter();
        var exit = CheckCommand.Run(paths, output);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static ContentPaths WithMetroRow(byte[] row)
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        var file = Path.Combine(paths.Data, "metro_wages.csv");
        File.WriteAllBytes(file, File.ReadAllBytes(file).Concat(row).ToArray());
        return paths;
    }

    [Fact]
    public void A_csv_saved_in_windows_1252_is_refused_at_the_line_of_the_first_bad_byte()
    {
        var paths = WithMetroRow(Encoding.Latin1.GetBytes("medical-assistant,\"Ca\u00f1on City, CO\",May 2024,100,,40000,,good-source,true,\n"));

        var (exit, lines) = Check(paths);

        Assert.Equal(1, exit);
        Assert.Contains(lines, l => l.StartsWith("content/data/metro_wages.csv:3: the file is not UTF-8 (byte 0xF1 on this line); save it as UTF-8", StringComparison.Ordinal));
    }

    /// <summary>Readers saw "Credential: n/a": a placeholder in a field readers see is a warning at its line, not an error.</summary>
    [Fact]
    public void A_placeholder_such_as_n_a_in_a_field_readers_see_is_a_warning_at_its_line()
    {
        var paths = WithMetroRow(Encoding.UTF8.GetBytes("medical-assistant,Los Angeles,May 2023,30000,,46000,,good-source,,n/a\n"));

        var (exit, lines) = Check(paths);

        Assert.True(exit == 0, string.Join('\n', lines));
        Assert.Contains(lines, l => l.StartsWith("content/data/metro_wages.csv:3: warning: note is \"n/a\", a placeholder readers cannot read", StringComparison.Ordinal));
    }

    [Fact]
    public void A_nul_byte_in_a_csv_is_refused_at_its_line()
    {
        var paths = WithMetroRow(Encoding.UTF8.GetBytes("medical-assistant,Fresno\0,May 2024,100,,40000,,good-source,true,\n"));

        var (exit, lines) = Check(paths);

        Assert.Equal(1, exit);
        Assert.Contains(lines, l => l.StartsWith("content/data/metro_wages.csv:3: the file holds a NUL byte here", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("medical-assistant,Fresno,May 2024,100,,40000,,good-source,true,,extra\n", "content/data/metro_wages.csv:3: row has 11 fields but the header has 10 columns; put text holding a comma in double quotes, or remove the extra comma")]
    [InlineData("medical-assistant,Fresno,May 2024,100,40000,good-source,true\n", "content/data/metro_wages.csv:3: row has 7 fields but the header has 10 columns; add the missing commas (an empty value still needs its comma)")]
    public void A_row_with_the_wrong_number_of_fields_says_expected_and_found(string row, string message)
    {
        var (exit, lines) = Check(WithMetroRow(Encoding.UTF8.GetBytes(row)));

        Assert.Equal(1, exit);
        Assert.Contains(message, lines);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_where_it_opens_not_as_a_silently_swallowed_row()
    {
        var paths = WithMetroRow(Encoding.UTF8.GetBytes(
            "medical-assistant,\"Fresno, CA,May 2024,100,,40000,,good-source,true,\nmedical-assistant,Reno,May 2024,100,,40000,,good-source,true,\n"));

        var (exit, lines) = Check(paths);

        Assert.Equal(1, exit);
        Assert.Contains(lines, l => l.StartsWith("content/data/metro_wages.csv:3: a quote opened on this line is never closed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_british_spelling_in_a_reader_facing_field_is_a_warning_at_its_line_but_not_inside_a_quotation()
    {
        var paths = WithMetroRow(Encoding.UTF8.GetBytes(
            "medical-assistant,Los Angeles,May 2023,100,,40000,,good-source,,no licence needed\n" +
            "medical-assistant,Los Angeles,May 2022,100,,40000,,good-source,,\"the board says \"\"licence\"\"\"\n"));

        var (exit, lines) = Check(paths);

        Assert.Equal(0, exit);
        Assert.Contains("content/data/metro_wages.csv:3: warning: note spells \"licence\" the British way; this is a US site, so write \"license\" (a quotation in quotation marks may keep its source's spelling)", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("content/data/metro_wages.csv:4:", StringComparison.Ordinal));
    }

    [Fact]
    public void One_bad_data_row_gives_one_error_and_the_same_guide_count_with_no_knock_on_link_or_token_errors()
    {
        var clean = Check(Fixtures.Site);
        var paths = Fixtures.CopyOf(Fixtures.Site);
        var wages = Path.Combine(paths.Data, "wages.csv");
        var lines = File.ReadAllLines(wages);
        lines[1] = lines[1].Replace(",26590,", ",26590x,", StringComparison.Ordinal);
        File.WriteAllLines(wages, lines);

        var (exit, output) = Check(paths);

        Assert.Equal(1, exit);
        var errors = output.Where(l => l.StartsWith("content/", StringComparison.Ordinal) && !l.Contains(": warning: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["content/data/wages.csv:2: annual_median \"26590x\" is not a number (write digits only, e.g. 44200 or 21.25)"], errors);
        Assert.Single(output, l => l.Contains("were not checked", StringComparison.Ordinal));
        Assert.Equal(GuideCount(clean.Lines[^1]), GuideCount(output[^1]));
    }

    private static string GuideCount(string summary) => summary.Split(',')[0];
}
