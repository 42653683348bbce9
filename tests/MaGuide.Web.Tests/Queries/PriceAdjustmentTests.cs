using MaGuide.Web.Queries;

namespace MaGuide.Web.Tests.Queries;

/// <summary>
/// Price-adjusted pay (<c>pay × 100 / RPP</c>) against values worked out by hand from content/data, and the rule that
/// only like figures (one statistic, one wage period, one price-level year) are ranked together.
/// </summary>
public sealed class PriceAdjustmentTests
{
    private static readonly SourceRef Wages = new("w", "secondary", "A pay page", "A publisher", "https://example.org/pay", "");
    private static readonly SourceRef Bea = new("bea", "copy", "SARPP", "A copy of BEA", "https://example.org/rpp", "2024");

    private static WageFigures Row(string area, int? year, decimal? median = null, decimal? mean = null, int? employment = null) => new()
    {
        Row = new()
        {
            RoleSlug = "medical-assistant",
            AreaCode = area,
            Period = year is { } y ? $"May {y}" : "",
            Year = year,
            AnnualMedian = median,
            AnnualMean = mean,
            Employment = employment,
            SourceId = Wages.Id,
        },
        Source = Wages,
    };

    private static PriceLevel Level(string state, decimal rpp, int year = 2024) => new(state, year, rpp, Bea);

    // Inputs are rows of content/data: wages.csv (JobGurdan AL May 2025 median 36,100; AllAlliedHealth AZ May 2023
    // median 43,770 and IA 42,980; JobGurdan CA May 2025 median 49,660) and price_parities.csv (2024 all items:
    // AL 88.823, AZ 100.677, IA 87.762, CA 110.720). Expected values worked out by hand to the cent, then to $100.
    [Theory]
    [InlineData("AL", 36_100, 88.823, 40_642.63, 40_600)]  // 3,610,000 / 88.823 = 40,642.626…
    [InlineData("AZ", 43_770, 100.677, 43_475.67, 43_500)] // 4,377,000 / 100.677 = 43,475.669…
    [InlineData("IA", 42_980, 87.762, 48_973.36, 49_000)]  // 4,298,000 / 87.762 = 48,973.359…
    [InlineData("CA", 49_660, 110.720, 44_851.88, 44_900)] // 4,966,000 / 110.72 = 44,851.878…
    public void Adjusted_pay_matches_the_hand_computed_value_from_the_csvs(string state, int pay, double rpp, double exact, int shown)
    {
        var adjusted = PriceAdjustment.For(Row(state, 2024, median: pay), Level(state, (decimal)rpp))!;

        Assert.Equal((decimal)exact, Math.Round(adjusted.Exact, 2));
        Assert.Equal(shown, adjusted.Shown);
        Assert.Equal("median", adjusted.Measure);
    }

    [Theory]
    [InlineData(40_650, 40_700)]    // a half rounds away from zero
    [InlineData(40_649.99, 40_600)]
    [InlineData(40_550, 40_600)]
    [InlineData(45_000, 45_000)]
    public void Adjusted_pay_is_shown_to_the_nearest_100_dollars(double exact, int shown) =>
        Assert.Equal(shown, PriceAdjustment.RoundForDisplay((decimal)exact));

    [Fact]
    public void A_state_with_no_price_level_or_no_wage_has_no_adjusted_pay()
    {
        Assert.Null(PriceAdjustment.For(Row("AL", 2025, median: 36_100), null));
        Assert.Null(PriceAdjustment.For((WageFigures?)null, Level("AL", 88.823m)));
        Assert.Null(PriceAdjustment.For(Row("MN", null, employment: 11_840), Level("MN", 97.5m)));
        // A price level of another state is never applied.
        Assert.Null(PriceAdjustment.For(Row("AL", 2025, median: 36_100), Level("AZ", 100.677m)));
    }

    [Fact]
    public void A_mean_is_adjusted_as_a_mean_when_the_source_gives_no_median()
    {
        var adjusted = PriceAdjustment.For(Row("SD", 2019, mean: 36_000), Level("SD", 88.5m))!;

        Assert.Equal("mean", adjusted.Measure);
        Assert.Equal(40_700, adjusted.Shown); // 3,600,000 / 88.5 = 40,677.96…
    }

    [Fact]
    public void The_caveat_appears_only_when_the_wage_period_and_the_price_year_differ()
    {
        var differ = PriceAdjustment.For(Row("AL", 2025, median: 36_100), Level("AL", 88.823m))!;
        var same = PriceAdjustment.For(Row("AL", 2024, median: 36_100), Level("AL", 88.823m))!;

        Assert.True(differ.YearsDiffer);
        Assert.Contains("May 2025", differ.Caveat, StringComparison.Ordinal);
        Assert.Contains("2024", differ.Caveat, StringComparison.Ordinal);
        Assert.False(same.YearsDiffer);
        Assert.Equal("", same.Caveat);
    }

    [Fact]
    public void Only_like_figures_are_ranked_a_mean_or_another_period_is_listed_but_not_ranked()
    {
        var states = new[]
        {
            new StateWage("AL", "Alabama", Row("AL", 2023, median: 34_050)),
            new StateWage("AZ", "Arizona", Row("AZ", 2023, median: 43_770)),
            new StateWage("IA", "Iowa", Row("IA", 2023, median: 42_980)),
            new StateWage("SD", "South Dakota", Row("SD", 2023, mean: 50_000)),
            new StateWage("CA", "California", Row("CA", 2025, median: 49_660)),
        };
        var levels = new Dictionary<string, PriceLevel>
        {
            ["AL"] = Level("AL", 88.823m),
            ["AZ"] = Level("AZ", 100.677m),
            ["IA"] = Level("IA", 87.762m),
            ["SD"] = Level("SD", 88.5m),
            ["CA"] = Level("CA", 110.720m),
        };

        var ranks = PayRanking.Rank(states, levels);
        var by = ranks.Rows.ToDictionary(r => r.State.Code);

        Assert.Equal(("May 2023", "median", 2024), (ranks.Period, ranks.Statistic, ranks.RppYear));
        // Nominal: AZ 43,770 > IA 42,980 > AL 34,050. Adjusted: IA 48,973 > AZ 43,476 > AL 38,334 (3,405,000 / 88.823).
        Assert.Equal([1, 2, 3], new[] { by["AZ"].PayRank, by["IA"].PayRank, by["AL"].PayRank });
        Assert.Equal([1, 2, 3], new[] { by["IA"].AdjustedRank, by["AZ"].AdjustedRank, by["AL"].AdjustedRank });
        // The mean and the newer period have an adjusted value but no place in either ranking.
        Assert.All(["SD", "CA"], (string c) => Assert.Equal((null, null), (by[c].PayRank, by[c].AdjustedRank)));
        Assert.NotNull(by["SD"].Adjusted);
        Assert.Equal("not ranked: May 2023 mean", ranks.NotRankedBecause(by["SD"], adjusted: true));
        Assert.Equal("not ranked: May 2025 median", ranks.NotRankedBecause(by["CA"], adjusted: false));
        Assert.Equal((3, 3), (ranks.PayRanked, ranks.AdjustedRanked));
    }

    [Fact]
    public void States_that_show_the_same_adjusted_figure_share_a_place_in_the_adjusted_ranking()
    {
        // 40,000 / 100 = 40,000 and 40,040 / 100 = 40,040 both show as $40,000; 45,000 / 100 shows as $45,000.
        var states = new[]
        {
            new StateWage("AL", "Alabama", Row("AL", 2023, median: 40_000)),
            new StateWage("AZ", "Arizona", Row("AZ", 2023, median: 40_040)),
            new StateWage("IA", "Iowa", Row("IA", 2023, median: 45_000)),
        };
        var levels = new Dictionary<string, PriceLevel> { ["AL"] = Level("AL", 100m), ["AZ"] = Level("AZ", 100m), ["IA"] = Level("IA", 100m) };

        var by = PayRanking.Rank(states, levels).Rows.ToDictionary(r => r.State.Code);

        Assert.Equal(by["AL"].Adjusted!.Shown, by["AZ"].Adjusted!.Shown);
        // A reader sees two equal figures, so they share second place; the exact figures (which differ) stay unranked detail.
        Assert.Equal([1, 2, 2], new[] { by["IA"].AdjustedRank, by["AZ"].AdjustedRank, by["AL"].AdjustedRank });
        // Nominal pay is shown to the dollar, and 40,040 is more than 40,000.
        Assert.Equal([1, 2, 3], new[] { by["IA"].PayRank, by["AZ"].PayRank, by["AL"].PayRank });
    }

    [Fact]
    public void The_rankings_compare_each_state_by_the_kind_of_figure_most_states_hold_not_by_their_differing_headlines()
    {
        // Headlines differ (a newer median in CA, May 2023 medians elsewhere), but every state also holds a May 2023
        // mean: that is the kind most states hold, so each is ranked by its mean, including CA, whose headline is newer.
        var all = new[]
        {
            Row("AL", 2023, median: 34_050), Row("AL", 2023, mean: 34_160),
            Row("AZ", 2023, median: 43_770), Row("AZ", 2023, mean: 43_140),
            Row("CA", 2025, median: 49_660), Row("CA", 2023, mean: 50_900),
            Row("SD", 2023, mean: 37_760),
        };
        StateWage Headline(string code, WageFigures row) => new(code, code, row);
        var headlines = new[] { Headline("AL", all[0]), Headline("AZ", all[2]), Headline("CA", all[4]), Headline("SD", all[6]) };

        var compared = PayRanking.LikeWithLike(headlines, all);
        var ranks = PayRanking.Rank(compared, new Dictionary<string, PriceLevel>());
        var by = ranks.Rows.ToDictionary(r => r.State.Code);

        Assert.Equal(("May 2023", "mean"), (ranks.Period, ranks.Statistic));
        Assert.Equal(4, ranks.PayRanked);
        Assert.Equal([1, 2, 3, 4], new[] { by["CA"].PayRank, by["AZ"].PayRank, by["SD"].PayRank, by["AL"].PayRank });
        Assert.Equal((50_900m, "mean"), by["CA"].State.Pay);
        // A state that holds no figure of that kind keeps its headline and is listed, not ranked.
        var withoutMean = PayRanking.LikeWithLike([.. headlines, Headline("WY", Row("WY", 2019, median: 30_000))], [.. all, Row("WY", 2019, median: 30_000)]);
        Assert.Equal((30_000m, "median"), withoutMean.Single(s => s.Code == "WY").Pay);
    }

    [Fact]
    public void On_the_adjusted_map_states_showing_the_same_figure_share_a_colour_and_the_key_ranges_never_meet()
    {
        // NV, MI and DE all show about $41,400 (exact 41,371, 41,404 and 41,426); five bands over ten states.
        string[] codes = ["AL", "AZ", "CA", "DE", "IA", "ID", "MI", "NV", "SD", "TX"];
        decimal[] exact = [38_100m, 39_000m, 46_000m, 41_426m, 48_973m, 40_000m, 41_404m, 41_371m, 42_600m, 40_500m];
        var states = codes.Select(c => new StateWage(c, c, Row(c, 2023, mean: 100_000))).ToList();
        var levels = codes.Select((c, i) => (c, Level(c, 100_000m * 100m / exact[i]))).ToDictionary(x => x.c, x => x.Item2);

        var map = MaGuide.Web.Pages.Salary.StatePayMap.From(PayRanking.Rank(states, levels), adjusted: true);
        var band = map.Tiles.Where(t => t.Value is not null).ToDictionary(t => t.Code, t => t.Band);

        var nevada = Assert.Single(map.Tiles, t => t.Code == "NV");
        Assert.Equal(41_400m, nevada.Value);
        // The tile's title still says what the pay buys (it compares the tile's value with the figure as shown).
        Assert.Contains("buys about what $41,400 buys across the U.S.", nevada.Title, StringComparison.Ordinal);
        Assert.Equal(band["NV"], band["MI"]);
        Assert.Equal(band["NV"], band["DE"]);
        Assert.All(map.Bands.Zip(map.Bands.Skip(1)), pair => Assert.True(pair.First.To < pair.Second.From, $"{pair.First.To} and {pair.Second.From}"));
    }

    [Fact]
    public void A_price_level_of_another_year_or_none_keeps_a_state_out_of_the_adjusted_ranking_only()
    {
        var states = new[]
        {
            new StateWage("AL", "Alabama", Row("AL", 2023, median: 34_050)),
            new StateWage("AZ", "Arizona", Row("AZ", 2023, median: 43_770)),
            new StateWage("IA", "Iowa", Row("IA", 2023, median: 42_980)),
            new StateWage("ID", "Idaho", Row("ID", 2023, median: 40_670)),
        };
        var levels = new Dictionary<string, PriceLevel> { ["AL"] = Level("AL", 88.823m), ["AZ"] = Level("AZ", 100.677m), ["IA"] = Level("IA", 87.0m, year: 2022) };

        var ranks = PayRanking.Rank(states, levels);
        var by = ranks.Rows.ToDictionary(r => r.State.Code);

        Assert.Equal(4, ranks.PayRanked);
        Assert.Equal(2, ranks.AdjustedRanked);
        Assert.Null(by["IA"].AdjustedRank);
        Assert.Equal("not ranked: 2022 prices", ranks.NotRankedBecause(by["IA"], adjusted: true));
        Assert.Equal("not ranked: no price level", ranks.NotRankedBecause(by["ID"], adjusted: true));
        Assert.Equal("", ranks.NotRankedBecause(by["ID"], adjusted: false));
    }

    [Fact]
    public void Equal_figures_share_a_place_and_the_next_place_is_skipped()
    {
        var states = new[]
        {
            new StateWage("AL", "Alabama", Row("AL", 2023, median: 40_000)),
            new StateWage("AZ", "Arizona", Row("AZ", 2023, median: 40_000)),
            new StateWage("IA", "Iowa", Row("IA", 2023, median: 39_000)),
        };

        var ranks = PayRanking.Rank(states, new Dictionary<string, PriceLevel>());

        Assert.Equal([1, 1, 3], ranks.Rows.Select(r => r.PayRank));
        Assert.All(ranks.Rows, r => Assert.Null(r.AdjustedRank));
    }
}
