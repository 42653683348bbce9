using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using MaGuide.Web.Content;

namespace MaGuide.Web.Pages;

/// <summary>One question of a guide (a heading that ends in "?") and its answer as plain text.</summary>
public sealed record GuideQuestion(string Question, string Answer);

/// <summary>
/// Reads the questions and answers out of a guide's rendered HTML, once per guide: each <c>h2</c>/<c>h3</c> whose text
/// ends in "?" is a question, and the blocks up to the next heading are its answer. A figure's note marker becomes
/// "(source: …)" with the note's source, so a figure read away from the page still names where it came from.
/// </summary>
public static class GuideQuestions
{
    private static readonly ConditionalWeakTable<Guide, IReadOnlyList<GuideQuestion>> Cache = [];

    public static IReadOnlyList<GuideQuestion> Of(Guide guide) => Cache.GetValue(guide, Read);

    private static IReadOnlyList<GuideQuestion> Read(Guide guide)
    {
        var document = new HtmlParser().ParseDocument($"<body>{guide.Html}</body>");
        foreach (var marker in document.QuerySelectorAll("sup.app-figure__ref").ToList())
        {
            var number = marker.QuerySelector("a")?.GetAttribute("href")?.Replace("#figure-", "", StringComparison.Ordinal);
            var note = guide.Figures.FirstOrDefault(f => f.Number.ToString(Infrastructure.Formats.Culture) == number);
            marker.Replace(document.CreateTextNode(note is null ? "" : $" (source: {note.SourceText}; {note.SourceKind})"));
        }

        var questions = new List<GuideQuestion>();
        foreach (var heading in document.Body!.Children.Where(IsHeading))
        {
            var question = Collapse(heading.TextContent);
            if (!question.EndsWith('?'))
            {
                continue;
            }

            var answer = new List<string>();
            for (var next = heading.NextElementSibling; next is not null && !IsHeading(next); next = next.NextElementSibling)
            {
                answer.Add(Collapse(next.TextContent));
            }

            if (answer.Any(a => a.Length > 0))
            {
                questions.Add(new(question, string.Join(" ", answer.Where(a => a.Length > 0))));
            }
        }

        return questions;
    }

    private static bool IsHeading(IElement element) => element.LocalName is "h2" or "h3";

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
