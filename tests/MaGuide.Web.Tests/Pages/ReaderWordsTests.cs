using System.Text.RegularExpressions;
using AngleSharp.Dom;
using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data.Trust;

namespace MaGuide.Web.Tests.Pages;

/// <summary>
/// Issue #11, "done means": on every page in the sitemap, readers see no pipeline vocabulary or repository file
/// paths, and every table cell that shows a sourced dollar figure or percentage says how sure we are in words.
/// </summary>
[Collection(SiteTests.Name)]
public sealed partial class ReaderWordsTests(SiteFactory site)
{
    private static readonly string[] TierLabels = [.. Enum.GetValues<TrustTier>().Select(Trust.Label)];

    /// <summary>
    /// The text a reader sees: the body without scripts and styles, and without any elements <paramref name="leftOut"/>
    /// selects (read from a copy: the parsed pages are shared).
    /// </summary>
    private static string VisibleText(IDocument page, string leftOut = "")
    {
        var body = (IElement)page.Body!.Clone(deep: true);
        foreach (var hidden in body.QuerySelectorAll("script, style, template" + (leftOut.Length > 0 ? ", " + leftOut : "")).ToList())
        {
            hidden.Remove();
        }

        return body.TextContent;
    }

    [Fact]
    public async Task No_page_in_the_sitemap_shows_pipeline_words_or_repository_file_paths()
    {
        var found = new List<string>();
        var pages = await SitemapPages.OfAsync(site);
        Assert.True(pages.Count > 50, $"the sitemap lists only {pages.Count} pages");

        foreach (var (path, _, document) in pages)
        {
            var text = VisibleText(document);
            found.AddRange(ReaderWords.FindAll(text).Select(w => $"{path}: \"{w}\""));
            found.AddRange(RepositoryPath().Matches(text).Select(m => $"{path}: \"{m.Value}\""));
        }

        Assert.True(found.Count == 0, string.Join('\n', found.Take(40)));
    }

    [Fact]
    public async Task No_page_in_the_sitemap_uses_a_british_spelling_outside_a_quotation()
    {
        // A quotation keeps its source's spelling: marked up (q, blockquote) or in quotation marks (UsSpelling skips those).
        var found = new List<string>();

        foreach (var (path, _, document) in await SitemapPages.OfAsync(site))
        {
            found.AddRange(UsSpelling.FindBritish(VisibleText(document, leftOut: "q, blockquote")).Select(w => $"{path}: \"{w}\""));
        }

        Assert.True(found.Count == 0, string.Join('\n', found.Take(40)));
    }

    [Fact]
    public async Task Every_table_cell_with_a_sourced_figure_says_its_tier_in_words()
    {
        var missing = new List<string>();
        var checkedCells = 0;

        foreach (var (path, _, page) in await SitemapPages.OfAsync(site))
        {
            // A figure cell cites its source with a numbered note (sup.app-cite) whose entry under the table names the
            // source; a few cells still carry the source inline (.app-source). Either way the source note states the tier.
            foreach (var cell in page.QuerySelectorAll("td, th[scope=row]").Where(c => FigurePattern().IsMatch(c.TextContent)))
            {
                var notes = cell.QuerySelectorAll("sup.app-cite a")
                    .Select(a => page.QuerySelector($"{a.GetAttribute("href")} .app-source"))
                    .Concat(cell.QuerySelectorAll(".app-source"))
                    .ToList();
                if (notes.Count == 0)
                {
                    continue;
                }

                checkedCells++;
                foreach (var note in notes)
                {
                    var tier = note?.GetAttribute("data-tier");
                    var tag = note?.QuerySelector(".app-tag")?.TextContent.Trim();
                    var expected = Enum.GetValues<TrustTier>().Where(t => Trust.Name(t) == tier).Select(Trust.Label).FirstOrDefault();
                    if (expected is null || tag != expected)
                    {
                        var text = cell.TextContent.Trim();
                        missing.Add($"{path}: \"{text[..Math.Min(80, text.Length)]}\" shows \"{tag}\"");
                    }
                }
            }
        }

        Assert.True(checkedCells > 100, $"only {checkedCells} figure cells were found");
        Assert.True(missing.Count == 0, string.Join('\n', missing.Take(40)));
    }

    /// <summary>
    /// "Official" reads as "from the government", but the tier also covers a school's own price on its own page, so a
    /// figure from the body that produced it is labelled in words that fit both; its tier name (downloads, CSS) stays.
    /// </summary>
    [Theory]
    [InlineData("/training", "#route-certificate td[data-label=Cost]", "Top Knowledge Healthcare Institute")]
    [InlineData("/compare/phlebotomist", "td[data-figure=pay-phlebotomist]", "U.S. Bureau of Labor Statistics")]
    public async Task A_figure_from_the_body_that_produced_it_says_so_without_calling_a_school_official(string path, string cell, string publisher)
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync(path));

        var cite = page.QuerySelector($"{cell} sup.app-cite a");
        Assert.True(cite is not null, $"{path}: {cell} cites no source");
        var note = page.QuerySelector($"{cite.GetAttribute("href")} .app-source")!;
        Assert.Contains(publisher, note.TextContent, StringComparison.Ordinal);
        Assert.Equal("official", note.GetAttribute("data-tier"));
        Assert.Equal("From the original source", note.QuerySelector(".app-tag")?.TextContent.Trim());
    }

    [Fact]
    public async Task Guide_figure_notes_say_the_tier_in_words()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/guides/faq"));

        var notes = page.QuerySelectorAll("[id^=figure-]").Where(n => !n.Id!.StartsWith("figure-ref", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(notes);
        Assert.All(notes, n => Assert.Contains(TierLabels, label => n.TextContent.Contains(label, StringComparison.Ordinal)));
    }

    /// <summary>A file path of this repository, or a bare source file name, e.g. content/guides/faq.md or Seeder.php.</summary>
    [GeneratedRegex(@"\b(?:content|src|tests)/\S+|\b\w+\.(?:md|cs|cshtml|php)\b")]
    private static partial Regex RepositoryPath();

    [GeneratedRegex(@"\$\d|\d%")]
    private static partial Regex FigurePattern();
}
