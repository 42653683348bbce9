namespace MaGuide.Web.Data.Vocabulary;

/// <summary>A scope status in words and as a symbol for readers, so no status is shown by colour alone.</summary>
public static class ScopeStatus
{
    /// <summary>The statuses in the order pages list them.</summary>
    public static IReadOnlyList<string> Order => ScopeStatuses.All;

    /// <summary>
    /// The status a state and task reads as, given its preferred rule's status or null when it has no rule. A task with
    /// no rule reads exactly as one whose rule is <c>unknown</c>: to a reader both mean we hold no sourced rule for it
    /// (some of these were searched and some were not, so no page may claim either), and the advice is the same.
    /// </summary>
    public static string OfCell(string? status) => status ?? ScopeStatuses.Unknown;

    /// <summary>The status as a label, e.g. "Allowed with conditions".</summary>
    public static string Words(string status) => status switch
    {
        ScopeStatuses.Allowed => "Allowed",
        ScopeStatuses.AllowedWithConditions => "Allowed with conditions",
        ScopeStatuses.NotAllowed => "Not allowed",
        ScopeStatuses.NotAddressed => "Not addressed by state law",
        _ => "Unknown: ask the state medical board",
    };

    /// <summary>The status in the middle of a sentence, e.g. "allowed with conditions".</summary>
    public static string InSentence(string status) => status switch
    {
        ScopeStatuses.Allowed => "allowed",
        ScopeStatuses.AllowedWithConditions => "allowed with conditions",
        ScopeStatuses.NotAllowed => "not allowed",
        ScopeStatuses.NotAddressed => "not addressed by state law",
        _ => "unknown",
    };

    public static string Symbol(string status) => status switch
    {
        ScopeStatuses.Allowed => "✓",
        ScopeStatuses.AllowedWithConditions => "◐",
        ScopeStatuses.NotAllowed => "✕",
        ScopeStatuses.NotAddressed => "–",
        _ => "?",
    };

    /// <summary>
    /// The one wording for a state with no sourced credential rule (no row, or an unknown one), as a clause to go inside
    /// a sentence: "we found no source on whether the District of Columbia requires a state credential; ask its medical
    /// board". Every page that says it sits in a part about medical assistants' credentials. <paramref name="state"/> is
    /// the name as it reads mid-sentence (<c>PlaceNames.InSentence</c>).
    /// </summary>
    public static string NoCredentialRuleClause(string state) =>
        $"we found no source on whether {state} requires a state credential; ask its medical board";

    /// <summary>The same as a sentence of its own, capitalised and ending in a full stop.</summary>
    public static string NoCredentialRule(string state)
    {
        var clause = NoCredentialRuleClause(state);
        return char.ToUpperInvariant(clause[0]) + clause[1..] + ".";
    }

    /// <summary>What a rule's confidence level means, as a sentence (worded by <see cref="Trust.Trust"/>).</summary>
    public static string ConfidenceMeaning(string confidence) => Trust.Trust.ConfidenceMeaning(confidence);
}
