using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MaGuide.Web.Content;
using MaGuide.Web.Data;

namespace MaGuide.Web.Tests.Pages;

/// <summary>
/// Every page in the sitemap, one theory row each: it answers 200 with exactly one <c>h1</c>, a canonical link to its
/// own address and a meta description. The rows are worked out from content/ (guides, CSV keys); a fact checks that
/// they are exactly the addresses the running site's sitemap lists, so no page escapes the theory.
/// </summary>
[Collection(SiteTests.Name)]
public sealed partial class SitemapPageTests(SiteFactory site)
{
    public static TheoryData<string> SitemapPaths()
    {
        var keys = DataPages.From(ComputedData.Site);
        var guides = Directory.GetFiles(Fixtures.Site.Guides, "*.md")
            .Where(f => !Draft().IsMatch(File.ReadAllText(f)))
            .Select(f => SiteLinks.Guide(Path.GetFileNameWithoutExtension(f)));
        return [.. guides
            .Concat(SiteLinks.FixedPages.Where(p => p is not ("/" or "/healthz")))
            .Concat(keys.States.Where(s => s.Length == 2).Select(SiteLinks.State))
            .Concat(SiteLinks.DivisionPairs(keys.Divisions))
            .Concat(keys.Tasks.Select(SiteLinks.ScopeTask))
            .Concat(keys.Roles.Where(r => r != "medical-assistant").Select(SiteLinks.Compare))
            .Concat(keys.Credentials.Select(SiteLinks.Certification))
            .Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task The_theory_rows_are_exactly_the_sitemap()
    {
        var sitemap = XDocument.Parse(await site.CreateReader().GetStringAsync("/sitemap.xml"))
            .Descendants().Where(e => e.Name.LocalName == "loc").Select(loc => new Uri(loc.Value).AbsolutePath).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(sitemap, SitemapPaths().Select((object[] row) => (string)row[0]));
        Assert.True(sitemap.Count > 100, $"only {sitemap.Count} pages in the sitemap");
    }

    [Theory, MemberData(nameof(SitemapPaths))]
    public async Task Every_sitemap_page_answers_200_with_one_h1_a_canonical_link_and_a_description(string path)
    {
        var page = (await SitemapPages.OfAsync(site)).Single(p => p.Path == path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Single(page.Document.QuerySelectorAll("h1"));
        Assert.False(string.IsNullOrWhiteSpace(page.Document.QuerySelector("h1")!.TextContent), "the h1 is empty");
        var canonical = Assert.Single(page.Document.QuerySelectorAll("link[rel=canonical]"));
        Assert.Equal(new Uri(SiteFactory.Https, path).AbsoluteUri, canonical.GetAttribute("href"));
        var description = Assert.Single(page.Document.QuerySelectorAll("meta[name=description]"));
        Assert.False(string.IsNullOrWhiteSpace(description.GetAttribute("content")), "the description is empty");
    }

    [GeneratedRegex(@"(?m)^draft:\s*true\s*$")]
    private static partial Regex Draft();
}
