using MaGuide.Web.Tests.Infrastructure;

namespace MaGuide.Web.Tests.Pages;

/// <summary>A guide's edit link on a site configured with <c>Site:EditBaseUrl</c> (the deployed site's settings).</summary>
[Collection(DeployedSiteTests.Name)]
public sealed class GuideEditLinkTests(DeployedSite site)
{
    [Fact]
    public async Task With_an_edit_url_a_guide_links_to_edit_its_file_but_never_shows_the_file_path()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/guides/faq"));

        Assert.DoesNotContain("faq.md", page.QuerySelector(".app-guide__footer")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(DeployedSite.EditBaseUrl + "content/guides/faq.md", page.QuerySelector(".app-guide__footer a[rel=external]")?.GetAttribute("href"));
    }
}
