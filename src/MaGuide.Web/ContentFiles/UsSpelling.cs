using System.Text.RegularExpressions;

namespace MaGuide.Web.ContentFiles;

/// <summary>
/// This is a US site, so British spellings are flagged wherever readers see them: pages (tests), guides and every
/// reader-facing CSV field (<c>check</c> warnings). The kind is a table of British stems, each with its US stem and the
/// endings that make a British word of it (<see cref="Stems"/>): -ise/-isation verbs and nouns ("organise",
/// "summarising"), -our ("colour"), doubled l ("labelled"), "licence", "practise", "judgement", "enrol", "centre",
/// "programme" and the medical ae/oe forms ("paediatric", "haematology"). Text inside quotation marks ("…" or “…”) is
/// left out: a quotation stays as its source wrote it.
/// </summary>
public static class UsSpelling
{
    /// <summary>
    /// Each British stem, the US stem that replaces it, and the endings (a regular expression) that make a British
    /// spelling of it; the ending is kept as it is. Endings are listed, not guessed, where a US word shares the stem:
    /// "analyses" (a plural noun), "emphasis", "enrolled", "cancellation" and "practice" are US spellings.
    /// </summary>
    private static readonly (string British, string Us, string Endings)[] Stems =
    [
        ("licenc", "licens", "e[sd]?|ing"),
        ("practis", "practic", "e[sd]?|ing"),
        ("judgement", "judgment", "s?"),
        ("organis", "organiz", "e[sdr]?|ers|ing|ations?|ational"),
        ("summaris", "summariz", "e[sd]?|ing"),
        ("recognis", "recogniz", "e[sd]?|ing|able|ably"),
        ("specialis", "specializ", "e[sd]?|ing|ations?"),
        ("prioritis", "prioritiz", "e[sd]?|ing|ation"),
        ("authoris", "authoriz", "e[sd]?|ing|ations?"),
        ("minimis", "minimiz", "e[sd]?|ing"),
        ("emphasis", "emphasiz", "e[sd]|ing"),
        ("categoris", "categoriz", "e[sd]?|ing|ations?"),
        ("standardis", "standardiz", "e[sd]?|ing|ation"),
        ("utilis", "utiliz", "e[sd]?|ing|ation"),
        ("criticis", "criticiz", "e[sd]?|ing"),
        ("realis", "realiz", "e[sd]?|ing"),
        ("memoris", "memoriz", "e[sd]?|ing"),
        ("familiaris", "familiariz", "e[sd]?|ing"),
        ("finalis", "finaliz", "e[sd]?|ing"),
        ("customis", "customiz", "e[sd]?|ing"),
        ("maximis", "maximiz", "e[sd]?|ing"),
        ("hospitalis", "hospitaliz", "e[sd]?|ing|ations?"),
        ("immunis", "immuniz", "e[sd]?|ing|ations?"),
        ("sterilis", "steriliz", "e[sdr]?|ing|ation"),
        ("sanitis", "sanitiz", "e[sdr]?|ing"),
        ("analys", "analyz", "e|ed|ing"),
        ("colour", "color", @"\w*"),
        ("favour", "favor", @"\w*"),
        ("behaviour", "behavior", @"\w*"),
        ("honour", "honor", @"\w*"),
        ("labour", "labor", @"\w*"),
        ("neighbour", "neighbor", @"\w*"),
        ("centre", "center", "s?"),
        ("labell", "label", "ed|ing"),
        ("modell", "model", "ed|ing"),
        ("travell", "travel", "ed|ing|ers?"),
        ("cancell", "cancel", "ed|ing"),
        ("counsell", "counsel", "ed|ing|ors?"),
        ("enrol", "enroll", "s?|ments?"),
        ("programme", "program", "s?"),
        ("paediatric", "pediatric", @"\w*"),
        ("orthopaedic", "orthopedic", @"\w*"),
        ("haemat", "hemat", @"\w*"),
        ("haemo", "hemo", @"\w*"),
        ("anaesthe", "anesthe", @"\w*"),
        ("gynaecolog", "gynecolog", @"\w*"),
        ("oesophag", "esophag", @"\w*"),
        ("oedema", "edema", "s?"),
        ("defence", "defense", "s?"),
        ("offence", "offense", "s?"),
        ("fulfil", "fulfill", "s?|ment"),
        ("ageing", "aging", ""),
    ];

    /// <summary>Prefixes a British word may carry and keep ("mislabelled", "reorganise", "unrecognised").</summary>
    private const string Prefixes = "mis|re|un|dis|non|pre|co|over|under";

    /// <summary>One pattern made from <see cref="Stems"/>, so the two cannot drift apart; case is ignored.</summary>
    private static readonly Regex BritishPattern = new(
        $@"\b(?:{Prefixes})?(?:" + string.Join('|', Stems.Select(s => $"{Regex.Escape(s.British)}(?:{s.Endings})")) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Every British spelling in <paramref name="text"/> outside quotation marks, in order (empty when there is none).</summary>
    public static IReadOnlyList<string> FindBritish(string text) =>
        [.. BritishPattern.Matches(text).Where(m => !InsideQuotation(text, m.Index)).Select(m => m.Value)];

    /// <summary>
    /// The US spelling of a word <see cref="FindBritish"/> found, keeping its ending and the case of its first letter:
    /// "licence" → "license", "Organisations" → "Organizations", "mislabelled" → "mislabeled", "enrolment" →
    /// "enrollment". The longest British stem the word (after any prefix) starts with decides.
    /// </summary>
    public static string UsFormOf(string british)
    {
        var (prefix, word) = SplitPrefix(british);
        var (stem, us, _) = Stems.Where(s => word.StartsWith(s.British, StringComparison.OrdinalIgnoreCase)).MaxBy(s => s.British.Length);
        var usWord = string.Concat(us, word.AsSpan(stem.Length));
        var whole = prefix + usWord;
        return char.IsUpper(british[0]) ? string.Concat(char.ToUpperInvariant(whole[0]).ToString(), whole.AsSpan(1)) : whole;
    }

    /// <summary>The word's prefix (lower case, or empty) and the rest, where the rest starts with a British stem.</summary>
    private static (string Prefix, string Word) SplitPrefix(string british)
    {
        foreach (var prefix in Prefixes.Split('|'))
        {
            if (british.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) &&
                Stems.Any(s => british.AsSpan(prefix.Length).StartsWith(s.British, StringComparison.OrdinalIgnoreCase)))
            {
                return (british[..prefix.Length].ToLowerInvariant(), british[prefix.Length..].ToLowerInvariant());
            }
        }

        return ("", british.ToLowerInvariant());
    }

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
}
