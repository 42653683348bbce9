using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data;

namespace MaGuide.Web.Tests.Data;

/// <summary>Pay for every state: a dated figure or a plain reason, the nearest metros named, and how comparable the figures are.</summary>
public sealed class PayCoverageTests
{
    private const string Header = "code,name,slug,board_name,board_url,board_regulates,board_source_id,board_note,board_delegation_source_id,pay_note,pay_nearby_metros";
    private const string California = "CA,California,california,Medical Board of California,https://www.mbc.ca.gov/,physicians,good-source,";

    private static (DataSet? Data, List<ContentProblem> Problems) ReadGoodWithAreas(params string[] rows)
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        File.WriteAllText(Path.Combine(paths.Data, "areas.csv"), string.Join('\n', [Header, .. rows]) + "\n");
        var problems = new List<ContentProblem>();
        return (DataSetReader.Read(paths, problems), problems);
    }

    private static DataSet Site()
    {
        var problems = new List<ContentProblem>();
        var data = DataSetReader.Read(Fixtures.Site, problems);
        Assert.DoesNotContain(problems, p => p.IsError);
        return data!;
    }

    [Fact]
    public void Every_state_and_DC_has_a_dated_pay_figure_or_says_why_not()
    {
        var pay = PayCoverage.Compute(Site());

        Assert.Equal(51, pay.States);
        Assert.Empty(pay.WithNeither);
        Assert.Equal(51, pay.WithFigure.Count + pay.WithReasonOnly.Count);
    }

    [Fact]
    public void Utah_Wisconsin_and_Wyoming_now_have_a_May_2023_mean_from_a_copy_of_the_BLS_state_file_so_no_state_gives_only_a_reason()
    {
        var data = Site();
        var pay = PayCoverage.Compute(data);

        Assert.Empty(pay.WithReasonOnly);
        Assert.Empty(pay.WithNeither);
        foreach (var code in new[] { "UT", "WI", "WY" })
        {
            Assert.Null(data.Areas.Single(a => a.Code == code).PayNote);
            var row = Assert.Single(data.Wages, w => w.AreaCode == code && PayGaps.IsPayFigure(w));
            Assert.Equal("May 2023", row.Period);
            Assert.False(row.PeriodInferred);
            Assert.NotNull(row.AnnualMean);
            Assert.Null(row.AnnualMedian);
            Assert.Equal("copy", data.Sources.Single(s => s.Id == row.SourceId).Kind);
        }
    }

    /// <summary>
    /// Pins the comparability we reached. The goal is 45 states sharing one period and one statistic. The May 2023
    /// annual mean now covers all 51 (50 states and DC): a third-party copy of BLS's May 2023 state file (mean columns
    /// only, which prints the period) gives a row for every one of them, so all 51 rest on a row whose source printed the
    /// period. The May 2023 median still covers 41 (one page quoting BLS, whose table stops after South Carolina and
    /// which does not print its period). If a new source changes this, update the numbers and the research log.
    /// </summary>
    [Fact]
    public void The_most_common_comparable_kind_is_the_May_2023_mean_for_all_51_which_meets_the_goal_of_45()
    {
        var pay = PayCoverage.Compute(Site());
        var kind = pay.MostCommon!;

        Assert.Equal("May 2023 mean", kind.Label);
        Assert.Equal(51, kind.Areas.Count);
        Assert.True(kind.Areas.Count >= 45);
        Assert.Equal(51, kind.AreasWithPrintedPeriod.Count);
        Assert.Contains("NC", kind.Areas);
        Assert.Contains("DC", kind.Areas);

        var median = Assert.Single(pay.Kinds, k => k.Label == "May 2023 median");
        Assert.Equal(41, median.Areas.Count);
        Assert.Empty(median.AreasWithPrintedPeriod);
    }

    [Fact]
    public void Tennessee_and_Texas_keep_their_May_2019_figures_and_now_also_have_a_May_2023_mean()
    {
        var data = Site();

        foreach (var code in new[] { "TN", "TX" })
        {
            var old = Assert.Single(data.Wages, w => w.AreaCode == code && w.Period == "May 2019" && w.Preferred && PayGaps.IsPayFigure(w));
            Assert.NotNull(old.AnnualMean);
            Assert.Equal("secondary", data.Sources.Single(s => s.Id == old.SourceId).Kind);

            var newer = Assert.Single(data.Wages, w => w.AreaCode == code && w.Period == "May 2023" && PayGaps.IsPayFigure(w));
            Assert.NotNull(newer.AnnualMean);
            Assert.NotNull(newer.HourlyMean);
            Assert.Equal("copy", data.Sources.Single(s => s.Id == newer.SourceId).Kind);
        }
    }

    [Fact]
    public void Kinds_keep_medians_and_means_and_periods_apart_and_count_printed_periods()
    {
        var (data, problems) = ReadGoodWithAreas(California + ",,,", "NY,New York,new-york,,,,,,,We have no figure for New York.,");
        Assert.Empty(problems);
        var wages = data!.Wages.ToList();
        wages.Add(new WageEstimate { RoleSlug = "medical-assistant", AreaCode = "NY", Period = "May 2024", Year = 2024, AnnualMean = 47000, SourceId = "good-source", PeriodInferred = true });

        var pay = PayCoverage.Compute(data with { Wages = wages });

        Assert.Equal(["CA", "NY"], pay.WithFigure);
        Assert.Equal(["May 2024 median", "May 2024 mean"], pay.Kinds.Select(k => k.Label));
        Assert.Equal(["CA"], pay.Kinds[0].Areas);
        Assert.Equal(["NY"], pay.Kinds[1].Areas);
        Assert.Empty(pay.Kinds[1].AreasWithPrintedPeriod);
    }

    [Fact]
    public void A_state_with_neither_a_figure_nor_a_reason_is_listed_as_a_gap()
    {
        var (data, problems) = ReadGoodWithAreas(California + ",,,", "NY,New York,new-york,,,,,,,,");
        Assert.Empty(problems);

        var pay = PayCoverage.Compute(data!);

        Assert.Equal(["NY"], pay.WithNeither);
        Assert.Contains("1 have neither (NY)", pay.SummaryLine(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NY,New York,new-york,,,,,,,No figure.,Atlantis", "content/data/areas.csv:3: pay_nearby_metros \"Atlantis\" is not an area_name in metro_wages.csv")]
    [InlineData("NY,New York,new-york,,,,,,,,Los Angeles", "content/data/areas.csv:3: pay_nearby_metros is set but pay_note is empty")]
    [InlineData("NY,New York,new-york,,,,,,no-such-source,,", "content/data/areas.csv:3: board_delegation_source_id \"no-such-source\" is not a known source")]
    public void A_bad_pay_gap_or_delegation_cell_is_reported_with_file_and_line(string row, string expected)
    {
        var (data, problems) = ReadGoodWithAreas(California + ",,,", row);

        Assert.Null(data);
        Assert.Contains(problems, p => p.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_pay_note_beside_a_pay_figure_is_reported()
    {
        var (data, problems) = ReadGoodWithAreas(California + ",,We have no figure.,");

        Assert.Null(data);
        Assert.Contains(problems, p => p.ToString().StartsWith("content/data/areas.csv:2: pay_note says there is no pay figure, but wages.csv has one for CA", StringComparison.Ordinal));
    }
}
