using System.Text.RegularExpressions;

namespace MaGuide.Web.ContentFiles;

/// <summary>
/// Words that belong to how this site is built, not to what a reader needs: pipeline vocabulary ("seeder",
/// "stored corpus", "in this pass", "as stored", "the preferred row", "highest tier", "the importer", "data rows",
/// "check live before publishing", "page used for board name", "see data/scope") and code or repository file paths (<c>content/guides/x.md</c>,
/// <c>SOURCES.md</c>, <c>Seeder.php</c>). No page may show them; <c>check</c> warns on them in any reader-facing
/// CSV field (every column but addresses).
/// </summary>
public static partial class ReaderWords
{
    /// <summary>The first pipeline phrase or repository path in the text, or null when the text is clean.</summary>
    public static string? FindPipelineWords(string text) =>
        PipelinePattern().Match(text) is { Success: true } match ? match.Value : null;

    /// <summary>Every pipeline phrase or repository path in the text, in order (empty when the text is clean).</summary>
    public static IReadOnlyList<string> FindAll(string text) =>
        [.. PipelinePattern().Matches(text).Select(m => m.Value)];

    /// <summary>True for a column readers never see as text: an address (<c>url</c> or a <c>…_url</c> column).</summary>
    public static bool IsAddressColumn(string column) =>
        column == "url" || column.EndsWith("_url", StringComparison.Ordinal);

    /// <summary>
    /// True for a whole field that is an editor's placeholder, not words: "n/a", "N/A", "TBD", "TODO", "?" or "-".
    /// Readers saw "Credential: n/a"; an empty field shows nothing, and words say what is meant ("none named").
    /// </summary>
    public static bool IsPlaceholder(string value) =>
        value.Trim().ToLowerInvariant() is "n/a" or "na" or "tbd" or "todo" or "?" or "-" or "--";

    /// <summary>The warning <c>check</c> prints for a placeholder field.</summary>
    public static string PlaceholderWarning(string column, string value) =>
        $"{column} is \"{value.Trim()}\", a placeholder readers cannot read; leave it empty (the page then shows nothing) or say what is meant, e.g. \"none named\"";

    /// <summary>The warning <c>check</c> prints for a field holding pipeline words.</summary>
    public static string Warning(string column, string found) =>
        $"{column} shows readers \"{found}\", which describes how this site was built; say it in a reader's words (e.g. \"undated\", \"a job-board blog\", \"our research notes\")";

    [GeneratedRegex(@"\bpreferred (?:one|rows?)\b|\bbefore publishing\b|\bused for (?:the )?board name\b|\bsee data/[\w-]+|\bhighest tier\b|\bthe importer\b|\bdata rows?\b|\bseeders?\b|\bstored corpus\b|\bin this pass\b|\bas stored\b|\b(?:content|src|tests|database|docs)/[\w./-]+|\b[\w-]+\.(?:md|cs|cshtml|php|csproj)\b|github\.com/[\w.-]+/[\w.-]+/blob/\S+", RegexOptions.IgnoreCase)]
    private static partial Regex PipelinePattern();
}
