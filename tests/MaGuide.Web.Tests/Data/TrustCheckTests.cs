using MaGuide.Web.Commands;
using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data;

namespace MaGuide.Web.Tests.Data;

/// <summary>What <c>check</c> says about trust: contradictions fail with file:line, overrides are shown with their reason.</summary>
public sealed class TrustCheckTests
{
    private static (int Exit, string[] Lines) Check(Action<ContentPaths> edit)
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        edit(paths);
        var output = new StringWriter();
        var exit = CheckCommand.Run(paths, output);
        return (exit, output.ToString().Split('\n'));
    }

    private static void Write(ContentPaths paths, string file, params string[] lines) =>
        File.WriteAllText(Path.Combine(paths.Data, file), string.Join('\n', lines) + "\n");

    private const string SourcesHeader = "id,kind,title,publisher,url,period,retrieved,note,derived_from";
    private const string RulesHeader = "state,task,status,conditions,credential,supervision,citation,source_id,preferred_because,note,summary,confidence";

    [Fact]
    public void A_typed_confidence_that_contradicts_the_evidence_fails_check_at_its_line()
    {
        var (exit, lines) = Check(paths =>
        {
            Write(paths, "sources.csv", SourcesHeader,
                "good-source,official,A real source,Publisher,https://example.org/a,2024,,,",
                "statute-mirror,copy,A statute copy,Casetext,https://casetext.example/s,,,,");
            Write(paths, "scope_rules.csv", RulesHeader,
                "CA,injections,allowed,,,,Cal. B&P 2069,statute-mirror,,,,solid",
                "NY,injections,unknown,,,,none found,,,,,solid");
        });

        Assert.Equal(1, exit);
        Assert.Contains(lines, l => l.StartsWith("content/data/scope_rules.csv:2: confidence \"solid\" contradicts the evidence: solid needs an official source; statute-mirror gives moderate", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("content/data/scope_rules.csv:3: confidence \"solid\" contradicts the evidence: a rule whose status is unknown has no confidence", StringComparison.Ordinal));
    }

    [Fact]
    public void A_typed_confidence_that_matches_the_evidence_passes()
    {
        var (exit, _) = Check(paths => Write(paths, "scope_rules.csv", RulesHeader,
            "CA,injections,allowed,,,,Cal. B&P 2069,good-source,,,,solid",
            "NY,injections,unknown,,,,none found,,,,,none"));

        Assert.Equal(0, exit);
    }

    [Fact]
    public void A_typed_state_label_that_contradicts_its_rules_fails_check()
    {
        var (exit, lines) = Check(paths => Write(paths, "areas.csv",
            "code,name,slug,board_name,board_url,board_regulates,board_source_id,board_note,scope_confidence",
            "CA,California,california,,,,,,thin",
            "NY,New York,new-york,,,,,,none"));

        Assert.Equal(1, exit);
        Assert.Contains(lines, l => l.StartsWith("content/data/areas.csv:2: scope_confidence \"thin\" contradicts the state's rules, which give \"solid\"", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("content/data/areas.csv:3:", StringComparison.Ordinal));
    }

    [Fact]
    public void An_editor_override_is_printed_by_check_with_its_reason_and_a_second_one_for_the_same_key_fails()
    {
        var header = File.ReadAllLines(Path.Combine(Fixtures.Good.Data, "wages.csv"))[0];
        var (exit, lines) = Check(paths => Write(paths, "wages.csv", header,
            "medical-assistant,US,May 2024,,,,,,,,,,,44720,,,,,good-source,,false,",
            "medical-assistant,US,May 2024,,,,,,,,,,,44000,,,,,good-source,the fuller row misprints its year,false,"));
        Assert.Equal(0, exit);
        Assert.Contains("content/data/wages.csv:3: preferred by the editor for \"medical-assistant US May 2024\": the fuller row misprints its year", lines);

        (exit, lines) = Check(paths => Write(paths, "wages.csv", header,
            "medical-assistant,US,May 2024,,,,,,,,,,,44720,,,,,good-source,one reason,false,",
            "medical-assistant,US,May 2024,,,,,,,,,,,44000,,,,,good-source,another reason,false,"));
        Assert.Equal(1, exit);
        Assert.Contains(lines, l => l.StartsWith("content/data/wages.csv:3: \"medical-assistant US May 2024\" already has an editor's preferred_because on line 2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_derived_from_id_that_is_not_a_source_fails_check_and_an_old_source_kind_gets_a_hint()
    {
        var (exit, lines) = Check(paths => Write(paths, "sources.csv", SourcesHeader,
            "good-source,official,A real source,Publisher,https://example.org/a,2024,,,no-such-source",
            "old-kind,primary,Old kind,Publisher,https://example.org/b,,,,"));

        Assert.Equal(1, exit);
        Assert.Contains(lines, l => l.StartsWith("content/data/sources.csv:2: derived_from \"no-such-source\" is not a source id in this file", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("content/data/sources.csv:3: kind \"primary\" is not one of official, copy, secondary (official: the producing", StringComparison.Ordinal));
    }

    [Fact]
    public void The_repository_data_has_no_trust_contradiction_and_every_override_has_a_reason()
    {
        var problems = new List<ContentProblem>();
        var data = DataSetReader.Read(Fixtures.Site, problems);

        Assert.Empty(problems);
        Assert.NotNull(data);
        Assert.All(data.ScopeRules.Where(r => r.Status == "unknown"), r => Assert.Equal("none", r.Confidence));
        Assert.All(data.ScopeRules.Where(r => r.Confidence == "solid"), r => Assert.Equal("official", data.Sources.Single(s => s.Id == r.SourceId).Kind));
        Assert.All(data.EditorPreferences, p => Assert.Matches(@"^content/data/\w+\.csv:\d+: preferred by the editor for "".+"": \S", p));
    }
}
