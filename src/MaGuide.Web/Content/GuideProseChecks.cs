using System.Text.RegularExpressions;
using MaGuide.Web.Content.Pipeline;
using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data.Trust;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MaGuide.Web.Content;

/// <summary>
/// Checks on the prose around data tokens, run by <see cref="TokenStep"/> (so at load, in <c>check</c> and in
/// export): a unit the figure already says must not be typed again after it, and prose must not credit a figure
/// to BLS or federal data unless the figure is official.
/// </summary>
internal static partial class GuideProseChecks
{
    private static readonly string[] Units = ["a year", "an hour"];

    /// <summary>
    /// An error when the figure's text ends with a unit ("$45,690 a year") and the prose right after the token
    /// says it again, which readers would see as "… a year¹ a year".
    /// </summary>
    public static void RepeatedUnit(DataTokenInline token, TokenValue value, string path, List<ContentProblem> problems)
    {
        var text = value.Text ?? "";
        var unit = Units.FirstOrDefault(u => text.EndsWith(" " + u, StringComparison.OrdinalIgnoreCase));
        if (unit is not null && token.NextSibling is LiteralInline next
            && next.Content.ToString().TrimStart().StartsWith(unit, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new(path, token.Line + 1, $"token {{{{ {token.Expression} }}}} already ends with \"{unit}\"; remove the \"{unit}\" typed after it"));
        }
    }

    /// <summary>
    /// Prose that credits a figure to BLS or federal data ("BLS projects", "according to the BLS", "federal
    /// projections") is an error unless every figure token in that paragraph resolves to an official source: a page
    /// quoting BLS is not BLS. The figure's own note names its source and tier, so the prose need not.
    /// </summary>
    public static void Attributions(MarkdownDocument document, IReadOnlyDictionary<DataTokenInline, TokenValue> resolved, string path, List<ContentProblem> problems)
    {
        foreach (var block in document.Descendants<LeafBlock>().Where(b => b.Inline is not null))
        {
            if (AttributionPattern().Match(GuideText.Plain(block.Inline)) is not { Success: true } match)
            {
                continue;
            }

            var figures = block.Inline!.Descendants<DataTokenInline>().Select(t => resolved.GetValueOrDefault(t)).OfType<TokenValue>().ToList();
            if (figures.Any(f => f.Unchecked))
            {
                continue;
            }

            var weakest = figures.Where(f => f.Text is not null).Select(f => f.Tier ?? TrustTier.Reported).DefaultIfEmpty().Min();
            if (figures.All(f => f.Text is null))
            {
                problems.Add(new(path, block.Line + 1, $"\"{match.Value}\" credits BLS or federal data, but no figure in this paragraph comes from an official source; drop the attribution, or use a token for an official figure"));
            }
            else if (weakest != TrustTier.Official)
            {
                problems.Add(new(path, block.Line + 1, $"\"{match.Value}\" credits BLS or federal data, but a figure here is not official ({Trust.Label(weakest).ToLowerInvariant()}); drop the attribution and let the figure's note name its source"));
            }
        }
    }

    [GeneratedRegex(@"\bBLS (?:also )?(?:projects|reports|says|expects|estimates)\b|\baccording to (?:the )?(?:BLS|Bureau of Labor Statistics)\b|\bfederal (?:projections|figures|data (?:says|shows))\b|\bstraight from the Bureau of Labor Statistics\b|\bBureau of Labor Statistics (?:\(BLS\) )?(?:projects|reports|says|expects)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AttributionPattern();
}
