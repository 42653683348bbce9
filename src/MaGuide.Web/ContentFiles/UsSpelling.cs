using System.Text.RegularExpressions;

namespace MaGuide.Web.ContentFiles;

/// <summary>
/// This is a US site, so the British spellings reviews found ("licence", "practise", "judgement" and their forms) are
/// flagged wherever readers see them: pages (tests), guides and every reader-facing CSV field (<c>check</c> warnings). Text inside quotation marks
/// ("…" or “…”) is left out: a quotation stays as its source wrote it.
/// </summary>
public static partial class UsSpelling
{
    /// <summary>Every British spelling in <paramref name="text"/> outside quotation marks, in order (empty when there is none).</summary>
    public static IReadOnlyList<string> FindBritish(string text) =>
        [.. BritishPattern().Matches(text).Where(m => !InsideQuotation(text, m.Index)).Select(m => m.Value)];

    /// <summary>
    /// The US spelling of a word <see cref="FindBritish"/> found, keeping its ending and the case of its first letter:
    /// "licence" → "license", "Licences" → "Licenses", "practised" → "practiced", "judgements" → "judgments".
    /// </summary>
    public static string UsFormOf(string british)
    {
        var (stem, us) = Stems.First(s => british.StartsWith(s.British, StringComparison.OrdinalIgnoreCase));
        var first = char.IsUpper(british[0]) ? char.ToUpperInvariant(us[0]) : us[0];
        return string.Concat(first.ToString(), us.AsSpan(1), british.AsSpan(stem.Length));
    }

    /// <summary>Each British stem and the US stem that replaces it (the ending that follows is the same in both).</summary>
    private static readonly (string British, string Us)[] Stems = [("licenc", "licens"), ("practis", "practic"), ("judgement", "judgment")];

    /// <summary>The warning <c>check</c> prints for a British spelling in <paramref name="where"/> (a column, or "the text").</summary>
    public static string Warning(string where, string found) =>
        $"{where} spells \"{found}\" the British way; this is a US site, so write \"{UsFormOf(found)}\" (a quotation in quotation marks may keep its source's spelling)";

    private static bool InsideQuotation(string text, int index)
    {
        var inside = false;
        foreach (var c in text.AsSpan(0, index))
        {
            inside = c switch
            {
                '"' => !inside,
                '“' => true,
                '”' => false,
                _ => inside,
            };
        }

        return inside;
    }

    [GeneratedRegex(@"\b(?:licenc(?:e[sd]?|ing)|practis(?:e[sd]?|ing)|judgements?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BritishPattern();
}
