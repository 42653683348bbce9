using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MaGuide.Web.Pages;

/// <summary>
/// The numbered source notes of one table or figure group: each figure carries a short number, and the sources are
/// listed once beneath (by the <c>_SourceNotes</c> partial). A source cited by many rows gets one number, in order of first use.
/// </summary>
/// <param name="idPrefix">Prefix for the notes' element ids, unique on the page (e.g. "states-src" gives "states-src-1").</param>
public sealed class SourceNotes(string idPrefix)
{
    private readonly List<SourceRef> sources = [];

    /// <summary>The cited sources in note order (note 1 first).</summary>
    public IReadOnlyList<SourceRef> Sources => sources;

    /// <summary>The element id of note <paramref name="number"/> (1-based).</summary>
    public string NoteId(int number) => $"{idPrefix}-{number}";

    /// <summary>The note number for a source, adding it on first use.</summary>
    public int Number(SourceRef source)
    {
        var index = sources.FindIndex(s => s.Id == source.Id);
        if (index < 0)
        {
            sources.Add(source);
            index = sources.Count - 1;
        }

        return index + 1;
    }

    /// <summary>The superscript link to a source's note, to put right after the figure it supports.</summary>
    public IHtmlContent Cite(SourceRef source)
    {
        var number = Number(source);
        var link = new TagBuilder("a");
        link.Attributes["href"] = "#" + NoteId(number);
        link.Attributes["aria-label"] = $"source {number}";
        link.InnerHtml.Append(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var sup = new TagBuilder("sup");
        sup.AddCssClass("app-cite");
        sup.InnerHtml.AppendHtml(link);
        return sup;
    }
}
