using MaGuide.Web.ContentFiles;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace MaGuide.Web.Content;

/// <summary>
/// Callouts in guides: Markdig's custom containers (<c>:::note</c> … <c>:::</c>), limited to the kinds in
/// <see cref="Kinds"/>. Each renders as a labelled <c>role="note"</c> box whose visible title a screen reader reads
/// first. Only the block syntax is added (not Markdig's <c>::inline::</c> form), so no other text changes meaning.
/// </summary>
public sealed class CalloutExtension : IMarkdownExtension
{
    /// <summary>Kind (as written after <c>:::</c>) → the title readers see.</summary>
    public static IReadOnlyDictionary<string, string> Kinds { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["note"] = "Note",
        ["varies-by-state"] = "Varies by state",
    };

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<CustomContainerParser>())
        {
            pipeline.BlockParsers.InsertBefore<FencedCodeBlockParser>(new CustomContainerParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CalloutRenderer>())
        {
            html.ObjectRenderers.RemoveAll(r => r is HtmlCustomContainerRenderer);
            html.ObjectRenderers.Insert(0, new CalloutRenderer());
        }
    }

    /// <summary>Adds a <c>file:line</c> problem for each callout with no kind, an unknown kind, extra words or no closing fence.</summary>
    public static void Check(MarkdownDocument document, string path, List<ContentProblem> problems)
    {
        var known = string.Join(", ", Kinds.Keys.Select(k => ":::" + k));
        foreach (var callout in document.Descendants<CustomContainer>())
        {
            var line = callout.Line + 1;
            var kind = callout.Info?.Trim() ?? "";
            if (kind.Length == 0)
            {
                problems.Add(new(path, line, $"a callout needs a kind after the colons: {known}"));
            }
            else if (!Kinds.ContainsKey(kind))
            {
                problems.Add(new(path, line, $"callout kind \"{kind}\" is not one of {string.Join(", ", Kinds.Keys)}; write {known}"));
            }
            else if (!string.IsNullOrWhiteSpace(callout.Arguments))
            {
                problems.Add(new(path, line, $"write only the kind after the colons (\":::{kind}\"); \"{callout.Arguments.Trim()}\" belongs on the next line"));
            }

            if (callout.ClosingFencedCharCount == 0)
            {
                problems.Add(new(path, line, "the callout opened here is never closed; end it with a line holding only :::"));
            }
        }
    }

    /// <summary>
    /// <c>&lt;div class="app-callout app-callout--note" role="note" aria-labelledby="callout-1"&gt;</c> with a
    /// visible title paragraph, then the callout's own blocks.
    /// </summary>
    private sealed class CalloutRenderer : HtmlObjectRenderer<CustomContainer>
    {
        private int count;

        protected override void Write(HtmlRenderer renderer, CustomContainer obj)
        {
            var kind = obj.Info?.Trim() ?? "";
            var title = Kinds.GetValueOrDefault(kind, "Note");
            var id = $"callout-{++count}";
            renderer.EnsureLine();
            renderer.Write($"<div class=\"app-callout app-callout--{(Kinds.ContainsKey(kind) ? kind : "note")}\" role=\"note\" aria-labelledby=\"{id}\">").WriteLine();
            renderer.Write($"<p class=\"app-callout__title\" id=\"{id}\">{title}</p>").WriteLine();
            renderer.WriteChildren(obj);
            renderer.Write("</div>").WriteLine();
        }
    }
}
