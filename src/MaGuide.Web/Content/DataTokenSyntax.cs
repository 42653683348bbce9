using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MaGuide.Web.Content;

/// <summary>A <c>{{ ... }}</c> data token in a guide; filled from the store when the guide is rendered.</summary>
public sealed class DataTokenInline : LeafInline
{
    public required string Expression { get; init; }

    /// <summary>The figure the token shows, set once it resolves to one; null renders nothing.</summary>
    public FigureText? Figure { get; set; }
}

/// <summary>
/// A resolved figure token: its text in words ("$42,000 a year"), the period shown after it in brackets ("May 2023";
/// null when none is shown) and the number of its note.
/// </summary>
public sealed record FigureText(string Text, string? Period, int Number);

/// <summary>A table token standing alone in its paragraph, rendered as a block; the HTML comes from a Razor table component.</summary>
public sealed class DataTableBlock(string html) : LeafBlock(null)
{
    public string Html { get; } = html;
}

/// <summary>Recognises <c>{{ expression }}</c> on one line.</summary>
public sealed class DataTokenParser : InlineParser
{
    public DataTokenParser() => OpeningCharacters = ['{'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekCharExtra(1) != '{')
        {
            return false;
        }

        var text = slice.Text;
        var start = slice.Start;
        var end = text.IndexOf("}}", start + 2, StringComparison.Ordinal);
        if (end < 0 || end + 1 > slice.End)
        {
            return false;
        }

        var expression = text[(start + 2)..end].Trim();
        if (expression.Contains('\n', StringComparison.Ordinal))
        {
            return false;
        }

        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new DataTokenInline
        {
            Expression = expression,
            Span = new SourceSpan(position, position + (end + 2 - start) - 1),
            Line = line,
            Column = column,
        };
        slice.Start = end + 2;
        return true;
    }
}

/// <summary>
/// Writes a figure as its text and a superscript link to its note (<c>#figure-N</c>, listed under the guide by the
/// guide page), with Markdig's renderer, which escapes the text.
/// </summary>
public sealed class DataTokenRenderer : HtmlObjectRenderer<DataTokenInline>
{
    protected override void Write(HtmlRenderer renderer, DataTokenInline obj)
    {
        if (obj.Figure is not { } figure)
        {
            return;
        }

        var number = figure.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        renderer.Write("<span class=\"app-figure\">").WriteEscape(figure.Text);
        if (figure.Period is { Length: > 0 } period)
        {
            renderer.Write(" <span class=\"app-figure__period\">(").WriteEscape(period).Write(")</span>");
        }

        renderer
            .Write("<sup class=\"app-figure__ref\"><a href=\"#figure-").Write(number).Write("\" id=\"figure-ref-").Write(number)
            .Write("\" aria-label=\"Source of this figure: note ").Write(number).Write("\">").Write(number).Write("</a></sup></span>");
    }
}

public sealed class DataTableRenderer : HtmlObjectRenderer<DataTableBlock>
{
    protected override void Write(HtmlRenderer renderer, DataTableBlock obj)
    {
        renderer.EnsureLine();
        renderer.Write(obj.Html);
        renderer.EnsureLine();
    }
}

/// <summary>Adds the token parser and renderers to the site's one pipeline.</summary>
public sealed class DataTokenExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<DataTokenParser>())
        {
            pipeline.InlineParsers.Insert(0, new DataTokenParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<DataTokenRenderer>();
            html.ObjectRenderers.AddIfNotAlready<DataTableRenderer>();
        }
    }
}
