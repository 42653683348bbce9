using MaGuide.Web.Commands;

namespace MaGuide.Web.Tests.Data;

/// <summary>metro_states.csv (issue #15 point 3): every metro's states come from a sourced row, checked at file:line.</summary>
public sealed class MetroStatesTests
{
    private const string Header = "area_name,states,official_title,source_id,note\n";

    private static (int Exit, string[] Lines) CheckWith(string metroStates, string extraMetroWages = "")
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        File.WriteAllText(Path.Combine(paths.Data, "metro_states.csv"), Header + metroStates);
        File.AppendAllText(Path.Combine(paths.Data, "metro_wages.csv"), extraMetroWages);
        var output = new StringWriter();
        var exit = CheckCommand.Run(paths, output);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Theory]
    [InlineData("Los Angeles,CA;ZZ,\"Los Angeles-Long Beach-Anaheim, CA\",good-source,\n", "content/data/metro_states.csv:2: state code \"ZZ\" is not a state in areas.csv")]
    [InlineData("Los Angeles,CA;CA,\"Los Angeles-Long Beach-Anaheim, CA\",good-source,\n", "content/data/metro_states.csv:2: state code \"CA\" is listed more than once")]
    [InlineData("Los Angeles,CA,\"Los Angeles-Long Beach-Anaheim, CA\",no-such-source,\n", "content/data/metro_states.csv:2: source_id \"no-such-source\" is not a known source")]
    [InlineData("Los Angeles,CA,,good-source,\n", "content/data/metro_states.csv:2: official_title is empty")]
    [InlineData("Los Angeles,,,,\n", "content/data/metro_states.csv:2: a metro without states needs a note saying why no state is given")]
    [InlineData("Los Angeles,,\"Los Angeles-Long Beach-Anaheim, CA\",good-source,no state\n", "content/data/metro_states.csv:2: source_id and official_title must be empty when states is empty")]
    [InlineData("Los Angeles,CA,\"Los Angeles-Long Beach-Anaheim, CA\",good-source,\nAtlantis,CA,\"Atlantis, CA\",good-source,\n", "content/data/metro_states.csv:3: metro \"Atlantis\" is not an area_name in metro_wages.csv")]
    [InlineData("Los Angeles,CA,\"Los Angeles-Long Beach-Anaheim, CA\",good-source,\nLos Angeles,NY,\"Los Angeles, NY\",good-source,\n", "content/data/metro_states.csv:3: \"Los Angeles\" is already listed on line 2 of metro_states.csv")]
    public void A_bad_metro_states_row_is_an_error_at_its_line(string rows, string expected)
    {
        var (exit, lines) = CheckWith(rows);

        Assert.Equal(1, exit);
        Assert.Contains(expected, lines);
    }

    [Fact]
    public void A_metro_of_metro_wages_missing_from_metro_states_is_an_error_at_its_first_metro_wages_line()
    {
        var (exit, lines) = CheckWith(
            "Los Angeles,CA,\"Los Angeles-Long Beach-Anaheim, CA\",good-source,\n",
            "medical-assistant,Fresno,May 2024,100,,40000,,good-source,,\nmedical-assistant,Fresno,May 2023,100,,39000,,good-source,,\n");

        Assert.Equal(1, exit);
        Assert.Contains("content/data/metro_wages.csv:3: metro \"Fresno\" is not in metro_states.csv (add a row naming its states, or none with a note)", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("content/data/metro_wages.csv:4:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_metro_spanning_states_and_a_metro_with_no_sourced_state_and_a_note_pass()
    {
        var (exit, lines) = CheckWith(
            "Los Angeles,CA;NY,\"Los Angeles-Long Beach-Anaheim, CA-NY\",good-source,\nFresno,,,,no page we read names its state\n",
            "medical-assistant,Fresno,May 2024,100,,40000,,good-source,,\n");

        Assert.True(exit == 0, string.Join('\n', lines));
    }

    [Fact]
    public void Every_metro_of_the_sites_data_is_listed_and_every_listed_state_is_sourced_by_an_official_page()
    {
        var data = ComputedData.Site;
        var listed = data.MetroStates.ToDictionary(m => m.AreaName, StringComparer.Ordinal);

        Assert.All(data.MetroWages.Select(w => w.AreaName).Distinct(), name => Assert.True(listed.ContainsKey(name), name));
        Assert.All(data.MetroStates.Where(m => m.States.Length > 0), m =>
            Assert.Equal("official", data.Sources.Single(s => s.Id == m.SourceId).Kind));
        // The state suffix of each official title is the states column, in order ("NY-NJ-PA" is NY;NJ;PA).
        Assert.All(data.MetroStates.Where(m => m.States.Length > 0), m =>
            Assert.Equal(m.States.Replace(';', '-'), m.OfficialTitle[(m.OfficialTitle.LastIndexOf(", ", StringComparison.Ordinal) + 2)..]));
    }
}
