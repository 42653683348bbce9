using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace MaGuide.Web.Content.Pipeline;

/// <summary>
/// Step 2: takes the YAML front matter out of the document (so it is neither counted nor rendered) and keeps its text
/// and first line for <see cref="FrontMatter"/>. A file without it is reported by the loader, which knows why.
/// </summary>
public sealed class FrontMatterStep : IGuideStep
{
    public void Run(GuideDraft guide)
    {
        if (guide.Document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is not { } front)
        {
            return;
        }

        // The block's lines include the opening and closing fences.
        var lines = front.Lines.ToString().Split('\n');
        guide.FrontMatterYaml = string.Join('\n', lines.Where(l => l.TrimEnd() != "---"));
        guide.FrontMatterFirstLine = front.Line + 2;
        guide.Document.Remove(front);
    }
}
