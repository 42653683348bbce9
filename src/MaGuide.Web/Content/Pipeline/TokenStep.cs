using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MaGuide.Web.Content.Pipeline;

/// <summary>
/// Step 4: fills each <c>{{ ... }}</c> data token. The expression is read by the token grammar
/// (<see cref="DataToken.Parse"/>) and resolved by <paramref name="tokens"/>: a figure becomes numbered text with a
/// note naming its source and, in brackets after it, the period it describes (once per paragraph); a table (rendered
/// by the site's Razor table components) replaces the paragraph it stands alone in. An unknown or unresolvable token
/// is a <c>file:line</c> error and renders nothing. The prose around tokens is checked here too
/// (<see cref="GuideProseChecks"/>), since only this step knows what each token resolved to.
/// </summary>
public sealed partial class TokenStep(IDataTokenSource? tokens) : IGuideStep
{
    public void Run(GuideDraft guide)
    {
        // Every token is resolved first, so a figure can see what the tokens after it in its paragraph say.
        var found = guide.Document.Descendants<DataTokenInline>().ToList();
        var resolved = found.ToDictionary(
            token => token,
            token => tokens?.Resolve(DataToken.Parse(token.Expression)) ?? TokenValue.Error("data tokens need the data store"));
        var periodsShown = new HashSet<(ContainerInline?, string)>();
        foreach (var token in found)
        {
            var value = resolved[token];
            var line = token.Line + 1;
            if (value.Unchecked)
            {
                continue;
            }

            if (value.Problem is { } problem)
            {
                guide.Problem(line, $"token {{{{ {token.Expression} }}}}: {problem}");
            }
            else if (value.TableHtml is { } table)
            {
                if (token.Parent?.ParentBlock is ParagraphBlock { Parent: { } container } paragraph && StandsAlone(token))
                {
                    container[container.IndexOf(paragraph)] = new DataTableBlock(table);
                }
                else
                {
                    guide.Problem(line, $"token {{{{ {token.Expression} }}}}: a table token must stand alone on its own line");
                }
            }
            else
            {
                GuideProseChecks.RepeatedUnit(token, value, guide.Path, guide.Problems);
                var number = guide.Figures.Count + 1;
                guide.Figures.Add(new FigureNote(number, value.What ?? "", value.SourceText ?? "", value.SourceUrl ?? "", value.SourceKind ?? ""));
                // The period once per paragraph: after the first figure of that period, or where the words already say it.
                var period = value.Period is { } p && !SaidAlready(token, p, resolved) && periodsShown.Add((token.Parent, p)) ? p : null;
                token.Figure = new FigureText(value.Text ?? "", period, number);
            }
        }

        GuideProseChecks.Attributions(guide.Document, resolved, guide.Path, guide.Problems);
    }

    /// <summary>
    /// True when the paragraph already dates the figure: its words, or another token in it (such as
    /// <c>{{ projection target_year }}</c>), give <paramref name="period"/> or one of its years ("In May 2023, …",
    /// "over the period ending in 2034" for a 2024–2034 projection).
    /// </summary>
    private static bool SaidAlready(DataTokenInline token, string period, Dictionary<DataTokenInline, TokenValue> resolved)
    {
        var words = string.Concat(token.Parent?.Descendants<Inline>().Select(inline => inline switch
        {
            LiteralInline literal => literal.Content.ToString(),
            DataTokenInline other when other != token && resolved.TryGetValue(other, out var value) => value.Text,
            _ => null,
        }) ?? []);
        return words.Contains(period, StringComparison.Ordinal)
            || Year().Matches(period).Any(year => Year().Matches(words).Any(said => said.Value == year.Value));
    }

    [GeneratedRegex(@"\b(19|20)\d\d\b")]
    private static partial Regex Year();

    private static bool StandsAlone(DataTokenInline token) =>
        token.Parent!.All(sibling => sibling == token || (sibling is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()) || sibling is LineBreakInline);
}
