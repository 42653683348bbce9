using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using MaGuide.Web.Content.Pipeline;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace MaGuide.Web.Content;

/// <summary>
/// Flesch-Kincaid grade level of a guide's prose (paragraphs and list items; headings and tables left out):
/// 0.39 × words per sentence + 11.8 × syllables per word − 15.59, with words as <see cref="GuideText.Words"/> counts them.
/// </summary>
public static partial class Readability
{
    public const double MaxGrade = 9.0;

    /// <summary>
    /// <see cref="Syllables"/> of each word already counted: the guides share most of their words, and counting is the
    /// costly part of grading (start-up grades every guide). Bounded by the guides' vocabulary.
    /// </summary>
    private static readonly ConcurrentDictionary<string, int> KnownSyllables = new(StringComparer.Ordinal);

    /// <summary>
    /// The grade of the paragraphs and list items among <paramref name="leaves"/> (as <see cref="GuideText.Leaves"/>
    /// gives them: a guide's words are split once and shared with its word count); null when there is no prose.
    /// </summary>
    public static double? Grade(IEnumerable<LeafProse> leaves)
    {
        var sentences = 0;
        var words = 0;
        var syllables = 0;
        foreach (var leaf in leaves)
        {
            if (leaf.Block is not ParagraphBlock || leaf.Block.Parent is TableCell || leaf.Words.Count == 0)
            {
                continue;
            }

            // A paragraph or list item ends a sentence even without a full stop.
            var text = leaf.Text;
            sentences += Math.Max(1, SentenceEndPattern().Count(text.TrimEnd() + (EndsSentence(text) ? "" : ".")));
            words += leaf.Words.Count;
            syllables += leaf.Words.Sum(word => KnownSyllables.GetOrAdd(word, Syllables));
        }

        return words == 0 ? null : Math.Round((0.39 * words / sentences) + (11.8 * syllables / words) - 15.59, 1);
    }

    private static bool EndsSentence(string text) => text.TrimEnd().TrimEnd('"', '\'', ')', '”').EndsWith('.') || text.TrimEnd().EndsWith('?') || text.TrimEnd().EndsWith('!') || text.TrimEnd().EndsWith(':');

    /// <summary>Vowel groups, less a silent final e; every word has at least one syllable.</summary>
    public static int Syllables(string word)
    {
        var w = word.ToLowerInvariant().Trim('\'', '’');
        if (w.Length <= 3)
        {
            return 1;
        }

        if (w.Any(char.IsDigit))
        {
            return Math.Max(1, w.Count(char.IsDigit));
        }

        w = SilentEndingPattern().Replace(w, "");
        w = LeadingYPattern().Replace(w, "");
        return Math.Max(1, VowelGroupPattern().Count(w));
    }

    [GeneratedRegex(@"[.!?:;]+(?=\s|$)")]
    private static partial Regex SentenceEndPattern();

    [GeneratedRegex("(?:[^laeiouy]es|ed|[^laeiouy]e)$")]
    private static partial Regex SilentEndingPattern();

    [GeneratedRegex("^y")]
    private static partial Regex LeadingYPattern();

    [GeneratedRegex("[aeiouy]{1,2}")]
    private static partial Regex VowelGroupPattern();
}
