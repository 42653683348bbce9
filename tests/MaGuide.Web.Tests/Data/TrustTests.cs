using MaGuide.Web.Data;
using MaGuide.Web.Data.Trust;

namespace MaGuide.Web.Tests.Data;

/// <summary>The trust rules of content/data/README.md ("Trust tiers"), on small hand-made fixtures covering each tier.</summary>
public sealed class TrustTests
{
    private static Source Src(string id, string kind, string url, string derivedFrom = "") =>
        new() { Id = id, Kind = kind, Title = id, Publisher = id, Url = url, DerivedFrom = derivedFrom };

    private static readonly SourceIndex Sources = new([
        Src("bls", SourceKinds.Official, "https://www.bls.gov/oes/current/oes319092.htm"),
        Src("blog-a", SourceKinds.Secondary, "https://blog-a.example/pay"),
        Src("blog-a-other-page", SourceKinds.Secondary, "https://www.blog-a.example/outlook"),
        Src("school-b", SourceKinds.Secondary, "https://school-b.example/salary"),
        Src("board-c", SourceKinds.Secondary, "https://board-c.example/jobs", derivedFrom: "school-b"),
        Src("mirror", SourceKinds.Copy, "https://casetext.example/statute/1"),
        Src("same-page-again", SourceKinds.Secondary, "http://school-b.example/salary/"),
    ]);

    private static FigureEvidence Median(string source, decimal? median, decimal? p10 = null, bool inferred = false, string because = "", string key = "ma US May 2024") =>
        new(key, source, [median, null, p10], [0, 1], inferred, because);

    [Fact]
    public void A_figure_from_the_producing_body_is_official_and_beats_a_fuller_secondary_row()
    {
        var verdicts = Trust.RankFigures([Median("school-b", 44200, 33000), Median("bls", 44200)], Sources);

        Assert.Equal(TrustTier.Official, verdicts[1].Tier);
        Assert.True(verdicts[1].Preferred);
        Assert.False(verdicts[0].Preferred);
    }

    [Fact]
    public void Two_independent_secondary_sources_with_the_same_value_confirm_each_other()
    {
        var verdicts = Trust.RankFigures([Median("blog-a", 44200), Median("school-b", 44200)], Sources);

        Assert.All(verdicts, v => Assert.Equal(TrustTier.Confirmed, v.Tier));
    }

    [Theory]
    [InlineData("blog-a", "blog-a-other-page")]
    [InlineData("school-b", "board-c")]
    [InlineData("school-b", "same-page-again")]
    public void Sources_that_share_a_host_an_address_or_a_derived_from_link_are_one_witness(string a, string b)
    {
        var verdicts = Trust.RankFigures([Median(a, 44200), Median(b, 44200)], Sources);

        Assert.All(verdicts, v => Assert.Equal(TrustTier.Reported, v.Tier));
        Assert.False(Sources.Independent(a, b));
    }

    [Fact]
    public void Different_values_or_a_conflicting_percentile_do_not_confirm()
    {
        Assert.All(Trust.RankFigures([Median("blog-a", 44200), Median("school-b", 44000)], Sources), v => Assert.Equal(TrustTier.Reported, v.Tier));
        Assert.All(Trust.RankFigures([Median("blog-a", 44200, 33000), Median("school-b", 44200, 32000)], Sources), v => Assert.Equal(TrustTier.Reported, v.Tier));
    }

    [Fact]
    public void A_row_whose_period_we_inferred_neither_confirms_nor_is_confirmed()
    {
        var verdicts = Trust.RankFigures([Median("blog-a", 44200, inferred: true), Median("school-b", 44200)], Sources);

        Assert.All(verdicts, v => Assert.Equal(TrustTier.Reported, v.Tier));
    }

    [Fact]
    public void Within_a_tier_the_row_with_more_figures_is_preferred_and_a_confirmed_row_beats_a_fuller_reported_one()
    {
        var verdicts = Trust.RankFigures([Median("board-c", 45000, 30000), Median("blog-a", 44200), Median("school-b", 44200)], Sources);

        Assert.Equal([TrustTier.Reported, TrustTier.Confirmed, TrustTier.Confirmed], verdicts.Select(v => v.Tier));
        Assert.Equal([false, true, false], verdicts.Select(v => v.Preferred));
    }

    [Fact]
    public void An_editor_override_with_a_reason_wins_over_the_computed_choice()
    {
        var verdicts = Trust.RankFigures([Median("bls", 44200), Median("blog-a", 44000, because: "the official page was withdrawn")], Sources);

        Assert.Equal([false, true], verdicts.Select(v => v.Preferred));
        Assert.Equal(TrustTier.Official, verdicts[0].Tier);
    }

    [Fact]
    public void At_equal_tier_a_row_led_by_the_median_is_preferred_over_a_fuller_row_with_only_a_mean()
    {
        // Columns: annual median, annual mean, hourly mean; headline statistics in order: median, then mean.
        FigureEvidence Row(string source, decimal? median, decimal? mean, decimal? hourlyMean) => new("ma NY May 2023", source, [median, mean, hourlyMean], [0, 1], false, "");

        var verdicts = Trust.RankFigures([Row("blog-a", null, 47350, 22.77m), Row("school-b", 45440, null, null)], Sources);

        Assert.Equal([TrustTier.Reported, TrustTier.Reported], verdicts.Select(v => v.Tier));
        Assert.Equal([false, true], verdicts.Select(v => v.Preferred));
    }

    private sealed record Row(int Year, TrustTier Tier);

    [Fact]
    public void The_headline_is_the_highest_tier_then_the_newest_period_and_a_newer_weaker_figure_is_kept_beside_it()
    {
        Row[] rows = [new(2021, TrustTier.Confirmed), new(2023, TrustTier.Confirmed), new(2025, TrustTier.Reported), new(2019, TrustTier.Reported)];

        var headline = Trust.Headline(rows, r => r.Tier, r => r.Year);
        var newer = Trust.NewerButWeaker(rows, headline, r => r.Tier, r => r.Year);

        Assert.Equal(new Row(2023, TrustTier.Confirmed), headline);
        Assert.Equal(new Row(2025, TrustTier.Reported), newer);
        Assert.Null(Trust.NewerButWeaker(rows, newer, r => r.Tier, r => r.Year));
    }

    [Theory]
    [InlineData("bls", "allowed", "solid")]
    [InlineData("mirror", "allowed", "moderate")]
    [InlineData("blog-a", "allowed", "thin")]
    [InlineData("bls", "unknown", "none")]
    [InlineData(null, "unknown", "none")]
    public void A_rules_confidence_comes_from_its_source(string? source, string status, string expected)
    {
        var verdict = Trust.RankRules([new RuleEvidence("TX injections", status, source)], Sources).Single();

        Assert.Equal(expected, verdict.Confidence);
        Assert.Equal(status == "unknown", verdict.Tier is null);
    }

    [Fact]
    public void Two_independent_summaries_with_the_same_status_make_a_rule_moderate_and_the_official_row_is_preferred()
    {
        var verdicts = Trust.RankRules([
            new RuleEvidence("PA general-delegation", "allowed", "blog-a"),
            new RuleEvidence("PA general-delegation", "allowed", "school-b"),
            new RuleEvidence("PA general-delegation", "allowed", "bls"),
            new RuleEvidence("PA injections", "allowed", "school-b"),
            new RuleEvidence("PA injections", "allowed", "board-c"),
        ], Sources);

        Assert.Equal(["moderate", "moderate", "solid", "thin", "thin"], verdicts.Select(v => v.Confidence));
        Assert.Equal([false, false, true, true, false], verdicts.Select(v => v.Preferred));
    }

    [Theory]
    [InlineData(new string[0], 9, "none")]
    [InlineData(new[] { "solid", "moderate", "moderate" }, 9, "thin")]
    [InlineData(new[] { "solid", "solid", "solid", "thin", "thin" }, 9, "solid")]
    [InlineData(new[] { "solid", "thin", "thin", "solid", "solid", "moderate" }, 9, "moderate")]
    [InlineData(new[] { "thin" }, 1, "thin")]
    public void A_states_label_is_what_most_known_rules_reach_and_thin_when_most_tasks_are_unknown(string[] known, int tasks, string expected) =>
        Assert.Equal(expected, Trust.StateLabel(known, tasks));
}
