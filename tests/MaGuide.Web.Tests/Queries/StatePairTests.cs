using MaGuide.Web.Queries;

namespace MaGuide.Web.Tests.Queries;

/// <summary>Each task's difference between two states is said in words, and unknown is never read or counted as a difference.</summary>
public sealed class StatePairTests
{
    private static TaskRule Task(string state, string? status, string conditions = "") => new("injections", "Giving injections", "Shots.", status is null ? null : new ScopeRuleView
    {
        StateCode = state,
        StateName = state,
        TaskKey = "injections",
        Status = status,
        Conditions = conditions,
        Credential = "",
        Supervision = "",
        Citation = "a citation",
        Source = null,
        Confidence = "solid",
        Note = "",
        Summary = "",
    });

    [Theory]
    [InlineData("allowed_with_conditions", "not_allowed", true, "Differs: allowed with conditions in Texas, not allowed in Washington.")]
    [InlineData("allowed", "allowed", false, "Same in both: allowed.")]
    [InlineData(null, "allowed", false, "Known only in Washington: allowed. For Texas we found no source, so we cannot say they differ; ask its medical board.")]
    [InlineData("unknown", null, false, "Unknown in both: we found no source for either state. Ask each state's medical board.")]
    public void The_difference_is_said_in_words(string? a, string? b, bool differs, string words)
    {
        var pair = StatePairQuery.Pair(Task("TX", a), Task("WA", b), "Texas", "Washington");

        Assert.Equal(differs, pair.Differs);
        Assert.Equal(words, pair.InWords);
    }

    [Theory]
    [InlineData(null, "allowed", true)]
    [InlineData("not_allowed", "unknown", true)]
    [InlineData("allowed", "not_allowed", false)]
    [InlineData(null, null, false)]
    public void A_task_known_in_only_one_state_is_not_a_difference(string? a, string? b, bool knownInOne)
    {
        var pair = StatePairQuery.Pair(Task("TX", a), Task("WA", b), "Texas", "Washington");

        Assert.Equal(knownInOne, pair.KnownInOnlyOne);
        Assert.False(knownInOne && pair.Differs);
    }

    /// <summary>A pair of states with 7 tasks unknown in one of them said "7 of 8 tasks have a different status".</summary>
    [Theory]
    [InlineData(1, 7, 8, "1 of 8 tasks has a different status in the two states; 7 are known in only one of them, so we cannot compare them.")]
    [InlineData(0, 1, 8, "0 of 8 tasks have a different status in the two states; 1 is known in only one of them, so we cannot compare it.")]
    [InlineData(3, 0, 8, "3 of 8 tasks have a different status in the two states.")]
    public void The_count_of_differences_leaves_out_tasks_known_in_only_one_state(int differ, int knownInOne, int total, string words)
    {
        Assert.Equal(words, StatePair.DescribeDifferences(differ, knownInOne, total));
    }

    [Fact]
    public void The_same_status_with_other_conditions_says_to_read_both()
    {
        var pair = StatePairQuery.Pair(Task("TX", "allowed_with_conditions", "with training"), Task("WA", "allowed_with_conditions", "with a credential"), "Texas", "Washington");

        Assert.False(pair.Differs);
        Assert.Equal("Same in both: allowed with conditions. The conditions are worded differently; read each state's.", pair.InWords);
    }
}
