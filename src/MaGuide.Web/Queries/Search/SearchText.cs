using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MaGuide.Web.Queries;

/// <summary>How search splits text into words: letters and digits, lowercase, accents removed (as FTS5's unicode61 does).</summary>
public static partial class SearchText
{
    /// <summary>The words of <paramref name="text"/>, at most <paramref name="limit"/>.</summary>
    public static List<string> Words(string text, int limit = int.MaxValue) => [.. Spans(text).Take(limit).Select(s => s.Word)];

    /// <summary>Each word of <paramref name="text"/> with where it stands: its first character's offset, the offset
    /// just past it, and the word as <see cref="Words"/> gives it.</summary>
    public static IEnumerable<(int Start, int End, string Word)> Spans(string text)
    {
        foreach (Match match in WordPattern().Matches(text))
        {
            yield return (match.Index, match.Index + match.Length, Fold(match.Value));
        }
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus swapping two neighbours), stopping early past <paramref name="max"/>.</summary>
    public static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }

    private static string Fold(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.All(char.IsAscii))
        {
            return lower;
        }

        var builder = new StringBuilder(lower.Length);
        foreach (var c in lower.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
