using System.Text.RegularExpressions;
using MaGuide.Web.Content;
using MaGuide.Web.Tests.Pages;

namespace MaGuide.Web.Tests.Content;

/// <summary>
/// <see cref="SiteLinks"/> is the one place that builds the site's URLs: markup and code elsewhere ask it, so a route
/// that moves changes in one file and <c>check</c> knows every path a page can link to.
/// </summary>
public sealed partial class SiteLinksTests
{
    [Fact]
    public void No_markup_or_code_outside_SiteLinks_writes_a_literal_site_path_into_an_href()
    {
        var found = SourceFiles("*.cshtml", "*.cs", "*.razor")
            .SelectMany(f => f.Lines.Select((text, i) => (f.Relative, Line: i + 1, Text: text)))
            .Where(l => LiteralSitePathAttribute().IsMatch(l.Text))
            .Select(l => $"src/MaGuide.Web/{l.Relative}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(found.Count == 0, $"{found.Count} literal site paths in href/action/src; use SiteLinks:\n{string.Join('\n', found)}");
    }

    [Fact]
    public void No_page_model_names_a_site_path_in_a_string_literal()
    {
        // Page models set Path (the canonical link) and breadcrumbs; both come from SiteLinks, e.g. SiteLinks.Sources, Crumb.Home.
        var found = SourceFiles("*.cs")
            .Where(f => f.Relative.StartsWith("Pages/", StringComparison.Ordinal))
            .SelectMany(f => f.Lines.Select((text, i) => (f.Relative, Line: i + 1, Text: text)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && LiteralSitePathString().IsMatch(l.Text))
            .Select(l => $"src/MaGuide.Web/{l.Relative}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(found.Count == 0, $"{found.Count} literal site paths in page models; use SiteLinks:\n{string.Join('\n', found)}");
    }

    [Theory]
    [InlineData("<a href=\"/sources\">", true)]
    [InlineData("<a href='/sources'>", true)]
    [InlineData("html.Append(\"<a href=\\\"/states/\")", true)]
    [InlineData("<a href = \"/\">", true)]
    [InlineData("<form action=\"/search\">", true)]
    [InlineData("<a href=/data>", true)]
    [InlineData("<a href=\"@SiteLinks.Sources\">", false)]
    [InlineData("<link rel=\"stylesheet\" href=\"~/css/site.css\">", false)]
    [InlineData("<a href=\"#main\">", false)]
    [InlineData("<a href=\"https://www.bls.gov/oes/\">", false)]
    public void The_literal_path_pattern_finds_each_quote_style(string line, bool literal) =>
        Assert.Equal(literal, LiteralSitePathAttribute().IsMatch(line));

    [Theory]
    [InlineData("/guides/externships", "externships")]
    [InlineData("/guides/externships#what-to-expect", "externships")]
    [InlineData("/guides/externships/", "externships")]
    [InlineData("/states/tx", null)]
    [InlineData("/guidesx", null)]
    public void GuideSlugOf_reads_the_slug_of_a_guide_path_only(string path, string? slug) =>
        Assert.Equal(slug, SiteLinks.GuideSlugOf(path));

    [Fact]
    public void A_guide_path_round_trips_and_the_hub_guide_is_the_home_page()
    {
        Assert.Equal("externships", SiteLinks.GuideSlugOf(SiteLinks.Guide("externships")));
        Assert.Equal(SiteLinks.Home, SiteLinks.Guide(GuideCatalog.HubSlug));
    }

    [Fact]
    public void Section_by_key_links_to_the_hub_anchor_and_refuses_an_unknown_key()
    {
        Assert.Equal("/#section-training", SiteLinks.Section("training"));
        Assert.Throws<ArgumentException>(() => SiteLinks.Section("nope"));
    }

    private static IEnumerable<(string Relative, string[] Lines)> SourceFiles(params string[] patterns)
    {
        var root = SiteFiles.Project;
        return patterns
            .SelectMany(p => Directory.EnumerateFiles(root, p, SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(r => r != "Content/SiteLinks.cs" && !r.StartsWith("Data/Migrations/", StringComparison.Ordinal)
                && !r.StartsWith("bin/", StringComparison.Ordinal) && !r.StartsWith("obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(r => (r, File.ReadAllLines(Path.Combine(root, r))));
    }

    /// <summary>An href, action or src whose value starts with "/" (double, single, escaped or no quotes).</summary>
    [GeneratedRegex("""\b(?:href|action|src)\s*=\s*(?:\\?["']|)\s*/""", RegexOptions.IgnoreCase)]
    private static partial Regex LiteralSitePathAttribute();

    /// <summary>A C# string literal (plain, verbatim or interpolated) that starts with "/".</summary>
    [GeneratedRegex("""(?<![\w\\])(?:\$@|@\$|\$|@)?"/""")]
    private static partial Regex LiteralSitePathString();
}
