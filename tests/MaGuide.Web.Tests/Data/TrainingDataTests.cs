using MaGuide.Web.Commands;
using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data;

namespace MaGuide.Web.Tests.Data;

/// <summary>The training and credential tables are validated like the others: a row without a source never loads.</summary>
public sealed class TrainingDataTests
{
    private static (int Exit, string[] Lines) CheckWith(string file, string row)
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        File.AppendAllText(Path.Combine(paths.Data, file), row + "\n");
        var output = new StringWriter();
        var exit = CheckCommand.Run(paths, output);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    public static TheoryData<string, string, string> SourcelessRows => new()
    {
        { "training_routes.csv", "military,Military training,5,military,Armed forces training.,,", "content/data/training_routes.csv:3: source_id is empty" },
        { "training_facts.csv", "certificate,cost_usd,3000,4000,2025,$3000 to $4000,,", "content/data/training_facts.csv:3: source_id is empty" },
        { "training_funding.csv", "wioa,WIOA,2,Adults.,Training.,,", "content/data/training_funding.csv:3: source_id is empty" },
        { "credentials.csv", "rma,RMA,Registered Medical Assistant,AMT,https://example.org/rma,national,,current,A national exam.,,,,,,,,,,", "content/data/credentials.csv:3: source_id is empty" },
        { "credential_routes.csv", "cma,military,military,,Military training.,,", "content/data/credential_routes.csv:3: source_id is empty" },
        { "credential_rules.csv", "cma,NY,injections,,", "content/data/credential_rules.csv:3: source_id is empty" },
    };

    [Theory, MemberData(nameof(SourcelessRows))]
    public void Check_rejects_a_training_or_credential_row_without_a_source(string file, string row, string expected)
    {
        var (exit, lines) = CheckWith(file, row);

        Assert.Equal(1, exit);
        Assert.Contains(expected, lines);
    }

    public static TheoryData<string, string, string> BadRows => new()
    {
        { "credentials.csv", "rma,RMA,Registered Medical Assistant,AMT,https://example.org/rma,national,,current,A national exam.,good-source,135,,$135,,,,,,", "content/data/credentials.csv:3: exam_fee_source_id is empty: the exam fee needs its own source" },
        { "credentials.csv", "rma,RMA,Registered Medical Assistant,AMT,https://example.org/rma,national,,current,A national exam.,good-source,,,,,,3,every 3 years,,", "content/data/credentials.csv:3: renewal_source_id is empty: the renewal rule needs its own source" },
        { "credentials.csv", "wa-ma-c,MA-C,Medical assistant-certified,DOH,https://example.org/wa,state,WA,current,A state credential.,good-source,,,,,,,,,", "content/data/credentials.csv:3: state \"WA\" must be a state code in areas.csv for a state credential" },
        { "training_facts.csv", "certificate,cost_usd,4000,3000,,$3000 to $4000,good-source,", "content/data/training_facts.csv:3: high 3000 is below low 4000" },
        { "training_facts.csv", "certificate,length_months,-1,,,minus one,good-source,", "content/data/training_facts.csv:3: low -1 is out of range (0 to 120)" },
        { "training_facts.csv", "certificate,lenght_months,9,,,nine,good-source,", "content/data/training_facts.csv:3: attribute \"lenght_months\" is not one of length_months, clock_hours, externship_hours, cost_usd, offered_by" },
        { "credential_routes.csv", "cma,self-taught,self-taught,,Read a book.,good-source,", "content/data/credential_routes.csv:3: background \"self-taught\" is not one of accredited-program, other-program, apprenticeship, on-the-job, military, already-certified" },
        { "credential_rules.csv", "cma,CA,registration-or-credential,good-source,", "content/data/credential_rules.csv:3: scope_rules.csv has no rule for CA and task \"registration-or-credential\" to link this credential to" },
        { "credential_rules.csv", "ghost,CA,injections,good-source,", "content/data/credential_rules.csv:3: credential \"ghost\" is not a known credential in credentials.csv" },
    };

    [Theory, MemberData(nameof(BadRows))]
    public void Check_rejects_a_bad_training_or_credential_row_with_its_line(string file, string row, string expected)
    {
        var (exit, lines) = CheckWith(file, row);

        Assert.Equal(1, exit);
        Assert.Contains(expected, lines);
    }

    [Fact]
    public void The_sites_training_tables_load_with_every_credential_route_and_link_sourced()
    {
        var problems = new List<ContentProblem>();
        var data = DataSetReader.Read(Fixtures.Site, problems);

        Assert.Empty(problems);
        Assert.NotNull(data);
        Assert.Equal(["certificate", "associate", "on-the-job", "apprenticeship", "military"], data.TrainingRoutes.OrderBy(r => r.Order).Select(r => r.Id));
        Assert.Contains(data.Credentials, c => c.Id == "ncma" && c.Body.Contains("National Center for Competency Testing", StringComparison.Ordinal));
        Assert.All(data.CredentialRoutes, r => Assert.False(string.IsNullOrEmpty(r.SourceId)));
        Assert.All(data.CredentialRules, r => Assert.Contains(data.ScopeRules, s => s.StateCode == r.StateCode && s.TaskKey == r.TaskKey));
    }
}
