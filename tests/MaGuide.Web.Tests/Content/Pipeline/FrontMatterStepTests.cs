using MaGuide.Web.Content.Pipeline;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace MaGuide.Web.Tests.Content.Pipeline;

public sealed class FrontMatterStepTests
{
    [Fact]
    public void Front_matter_is_taken_out_of_the_document_with_the_line_of_its_first_key()
    {
        var guide = Steps.Run("---\ntitle: T\nsection: pay\n---\nBody.\n", new FrontMatterStep());

        Assert.Equal("title: T\nsection: pay", guide.FrontMatterYaml?.TrimEnd('\n'));
        Assert.Equal(2, guide.FrontMatterFirstLine);
        Assert.Empty(guide.Document.Descendants<YamlFrontMatterBlock>());
    }

    [Fact]
    public void A_file_without_front_matter_leaves_it_null()
    {
        var guide = Steps.Run("Body only.\n", new FrontMatterStep());

        Assert.Null(guide.FrontMatterYaml);
        Assert.Empty(guide.Problems);
    }
}
