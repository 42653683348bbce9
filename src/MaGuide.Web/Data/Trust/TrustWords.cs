namespace MaGuide.Web.Data.Trust;

public static partial class Trust
{
    /// <summary>
    /// The tier as a reader sees it beside a figure, e.g. "From the original source". Not "official": readers take that
    /// to mean "from the government", but the tier is also a school's own price on its own page.
    /// </summary>
    public static string Label(TrustTier tier) => tier switch
    {
        TrustTier.Official => "From the original source",
        TrustTier.Confirmed => "Confirmed by independent sources",
        _ => "Reported by one source only",
    };

    /// <summary>The tier's short name, lower case, as used in downloads, CSS class names and the quality summary.</summary>
    public static string Name(TrustTier tier) => tier switch
    {
        TrustTier.Official => "official",
        TrustTier.Confirmed => "confirmed",
        _ => "reported",
    };

    /// <summary>What the tier means, as one sentence.</summary>
    public static string Meaning(TrustTier tier) => tier switch
    {
        TrustTier.Official => "It comes from the body that produces it, on that body's own page or file.",
        TrustTier.Confirmed => "Two or more independent pages give the same value for the same period; we have not found the original.",
        _ => "Only one page gives it (or several that copy each other); we have not found the original.",
    };

    /// <summary>What a scope rule's confidence (or a state's overall label) means, as one sentence.</summary>
    public static string ConfidenceMeaning(string confidence) => confidence switch
    {
        Confidences.Solid => "We read the official text: the law, rule or board page on the government's own site.",
        Confidences.Moderate => "We read a faithful copy of the official text on another site, or two independent summaries agree.",
        Confidences.Thin => "We have only a summary or commentary, not the official text.",
        _ => "We found no rule.",
    };

    /// <summary>What a state's overall label means, as one sentence.</summary>
    public static string StateLabelMeaning(string label) => label switch
    {
        Confidences.Solid => "Most of the tasks we cover have a known rule, and most of those rest on the official text.",
        Confidences.Moderate => "Most known rules rest on a copy of the official text or on agreeing summaries.",
        Confidences.Thin => "More tasks are unknown than known, or most known rules rest on a single summary.",
        _ => "We found no rule for any of the tasks we cover.",
    };

    /// <summary>
    /// The kind of a source in words, as every note on a rule, page or guide says it (the <c>_SourceNote</c> partial
    /// and the sources page): "official source", "unofficial copy of the official text", or that it quotes others.
    /// </summary>
    public static string KindInWords(string kind) => kind switch
    {
        SourceKinds.Official => "official source",
        SourceKinds.Copy => "unofficial copy of the official text",
        _ => "quotes other sources; not checked against the original",
    };
}
