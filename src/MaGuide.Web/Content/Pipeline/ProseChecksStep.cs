using System.Text.RegularExpressions;
using MaGuide.Web.ContentFiles;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MaGuide.Web.Content.Pipeline;

/// <summary>
/// Step 5: warnings and errors about the prose itself: a figure typed in prose (it cannot stay in step with the
/// data), raw HTML (switched off, so readers would see the tags), a British spelling outside a quotation, a promise of
/// "current figures" (the data holds many periods), and callouts of an unknown kind.
/// </summary>
public sealed partial class ProseChecksStep : IGuideStep
{
    public void Run(GuideDraft guide)
    {
        foreach (var literal in guide.Document.Descendants<LiteralInline>())
        {
            if (TypedFigurePattern().Match(literal.Content.ToString()) is { Success: true } match)
            {
                guide.Problem(literal.Line + 1, $"\"{match.Value.Trim()}\" is a figure typed in prose; use a data token such as {{{{ wage national median_annual }}}} so it stays in step with the data", ProblemSeverity.Warning);
            }
        }

        foreach (var leaf in guide.Document.Descendants<LeafBlock>().Where(b => b.Inline is not null))
        {
            var text = string.Concat(leaf.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
            if (HtmlTagPattern().Match(text) is { Success: true } match)
            {
                guide.Problem(leaf.Line + 1, $"raw HTML \"{match.Value}\" is shown to readers as text, not as HTML; write it in Markdown instead (e.g. **bold**, lists, links)", ProblemSeverity.Warning);
            }

            if (!InBlockQuote(leaf) && UsSpelling.FindBritish(text) is [var british, ..])
            {
                guide.Problem(leaf.Line + 1, UsSpelling.Warning("the text", british), ProblemSeverity.Warning);
            }

            if (!InBlockQuote(leaf) && CurrentFiguresPattern().Match(text) is { Success: true } current)
            {
                guide.Problem(leaf.Line + 1, $"\"{current.Value}\" promises figures that are up to date, but the data holds figures of many periods; say \"the figures we hold, each with its date and source\"", ProblemSeverity.Warning);
            }
        }

        CalloutExtension.Check(guide.Document, guide.Path, guide.Problems);
    }

    private static bool InBlockQuote(Block block) =>
        block.Parent is { } parent && (parent is QuoteBlock || InBlockQuote(parent));

    [GeneratedRegex(@"\$\s?\d[\d,.]*|\b\d[\d,.]*\s?(%|percent\b)")]
    private static partial Regex TypedFigurePattern();

    [GeneratedRegex(@"<!--|</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>")]
    private static partial Regex HtmlTagPattern();

    /// <summary>A promise that figures are up to date ("current figures", "the latest pay figures"): the data
    /// holds figures of many periods, some years old, so a guide points to them with their dates instead.</summary>
    [GeneratedRegex(@"\b(?:current|latest|up-to-date|up to date|today's)\s+(?:(?:pay|wage|salary)\s+)?(?:figures|numbers|data|statistics)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CurrentFiguresPattern();
}
