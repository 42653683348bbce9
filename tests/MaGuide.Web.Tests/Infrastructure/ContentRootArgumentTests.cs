using MaGuide.Web.Infrastructure;

namespace MaGuide.Web.Tests.Infrastructure;

public sealed class ContentRootArgumentTests
{
    [Theory]
    [InlineData("--contentRoot", "src/MaGuide.Web")]
    [InlineData("--contentroot", "site")]
    public void A_relative_content_root_is_taken_from_the_folder_the_command_runs_in(string option, string folder)
    {
        var args = SiteHosting.AbsoluteContentRoot(["--urls", "http://127.0.0.1:0", option, folder]);

        Assert.Equal(Path.Combine(Environment.CurrentDirectory, folder), args[3]);
        Assert.Equal(["--urls", "http://127.0.0.1:0", option], args[..3]);
    }

    [Fact]
    public void The_equals_form_and_an_absolute_root_are_handled_too()
    {
        var args = SiteHosting.AbsoluteContentRoot(["--contentRoot=web", "--Site:BaseUrl=https://example.org", "--contentRoot", "/srv/site"]);

        Assert.Equal(["--contentRoot=" + Path.Combine(Environment.CurrentDirectory, "web"), "--Site:BaseUrl=https://example.org", "--contentRoot", "/srv/site"], args);
    }
}
