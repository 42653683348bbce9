using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MaGuide.Web.Content.Pipeline;

/// <summary>
/// The text of a guide's inlines, and the one definition of a word that the word count and the reading grade share:
/// a letter or digit followed by letters, digits and apostrophes (so "don't" is one word and "state-by-state" three).
/// </summary>
public static partial class GuideText
{
    /// <summary>The literal text of <paramref name="inline"/> (including inline code), trimmed; tokens and markup left out.</summary>
    public static string Plain(ContainerInline? inline) =>
        inline is null
            ? ""
            : string.Concat(inline.Descendants<Inline>().Select(child => child switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                _ => "",
            })).Trim();

    /// <summary>The text a reader reads in <paramref name="inline"/>: a data token reads as one word, a line break as a space.</summary>
    public static string Prose(ContainerInline inline) =>
        string.Concat(inline.Descendants<Inline>().Select(child => child switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            DataTokenInline => " figure ",
            LineBreakInline => " ",
            _ => "",
        }));

    /// <summary>
    /// The reader text (<see cref="Prose"/>) and words of every leaf block with inlines (headings, paragraphs, list
    /// items, table cells), in document order: worked out once per guide and shared by the word count and the grade.
    /// </summary>
    public static IReadOnlyList<LeafProse> Leaves(MarkdownDocument document) =>
    [
        .. document.Descendants<LeafBlock>().Where(b => b.Inline is not null).Select(block =>
        {
            var text = Prose(block.Inline!);
            return new LeafProse(block, text, Words(text));
        }),
    ];

    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<string> Words(string text) => [.. WordPattern().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9'’]*")]
    private static partial Regex WordPattern();
}

/// <summary>One leaf block of a guide, the text a reader reads in it and that text's words (see <see cref="GuideText.Leaves"/>).</summary>
public sealed record LeafProse(LeafBlock Block, string Text, IReadOnlyList<string> Words);
