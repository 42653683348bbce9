using MaGuide.Web.Commands;
using MaGuide.Web.Content;
using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Tests.Commands;

public sealed class CheckCommandTests
{
    private static (int ExitCode, string[] Lines) Check(ContentPaths paths)
    {
        var output = new StringWriter();
        var exit = CheckCommand.Run(paths, output);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    public static TheoryData<string> KnownErrors =>
    [
        "content/data/sources.csv:3: kind \"tertiary\" is not one of official, copy, secondary",
        "content/data/census_divisions.csv:2: division \"Pacfic\" is not one of New England, Middle Atlantic, East North Central, West North Central, South Atlantic, East South Central, West South Central, Mountain, Pacific",
        "content/data/census_divisions.csv:3: region \"South\" is not the region of Middle Atlantic (Northeast)",
        "content/data/census_divisions.csv:4: \"CA\" is already listed on line 2 of census_divisions.csv",
        "content/data/metro_states.csv:2: state code \"XX\" is not a state in areas.csv",
        "content/data/metro_states.csv:3: metro \"Atlantis\" is not an area_name in metro_wages.csv",
        "content/data/metro_states.csv:3: a metro without states needs a note saying why no state is given",
        "content/data/metro_wages.csv:3: metro \"Fresno\" is not in metro_states.csv (add a row naming its states, or none with a note)",
        "content/data/sources.csv:4: url \"javascript:alert(1)\" must be an http or https address",
        "content/guides/Bad_Name.md:1: file name \"Bad_Name\" must be lowercase words joined by hyphens; it becomes the page address",
        "content/guides/bad-date.md:5: reviewed \"27/11/2026\" must be a date written YYYY-MM-DD",
        "content/guides/bad-links.md:9: link to /guides/no-such-guide: no such guide (no content/guides/no-such-guide.md)",
        "content/guides/bad-links.md:11: link scheme \"javascript:\" is not allowed; use http, https, mailto or a site link starting with /",
        "content/guides/bad-links.md:13: link to #not-a-heading: \"content/guides/bad-links.md\" has no heading with id \"not-a-heading\"",
        "content/guides/bad-links.md:15: link \"other-guide\" is relative; write site links from the root, e.g. /guides/other-guide",
        "content/guides/bad-links.md:15: link to /no-such-page: no such page on the site",
        "content/guides/bad-links.md:17: link to /salary#settings-heading: /salary has no element with id \"settings-heading\" (anchors there: national-heading, national-table, pay-pages, percentiles-heading)",
        "content/guides/bad-related.md:6: source \"no-such-source\" is not in content/data/sources.csv",
        "content/guides/bad-related.md:7: related guide \"ghost-guide\" does not exist (no content/guides/ghost-guide.md)",
        "content/guides/bad-section.md:4: section \"nursing\" is not one of basics, scope, training, pay, compare, about",
        "content/guides/bad-yaml.md:6: the [ opened on this line is never closed; end the list with ] on the same line",
        "content/guides/dup-a.md:2: title \"Same title\" is also used by content/guides/dup-b.md; each guide needs its own title",
        "content/guides/dup-b.md:2: title \"Same title\" is also used by content/guides/dup-a.md; each guide needs its own title",
        "content/guides/long-fields.md:2: title is 78 characters; keep it to 55 or fewer (pages add \" | MaGuide\", and search results show about 65 characters)",
        "content/guides/long-fields.md:6: unknown front matter key \"colour\" (expected one of title, description, section, order, reviewed, sources, related, draft, redirect_from)",
        "content/guides/long-fields.md:8: a guide's title is its only h1; use ## for sections",
        "content/guides/missing-title.md:1: front matter is missing required \"title\"",
        "content/guides/no-front-matter.md:1: guide has no front matter; start the file with --- and the title, description, section and reviewed lines",
        "content/search-terms.yaml:1: stop word \"the\" is listed twice",
        "content/search-terms.yaml:3: \"Vaccines\" is not a search term: use lowercase letters and digits, words separated by one space",
        "content/search-terms.yaml:3: a synonym group needs at least two words (or one word and the pages it names)",
        "content/search-terms.yaml:4: \"shots\" is already in the group on line 3; a word may be in one group only",
        "content/search-terms.yaml:5: \"of\" is both a stop word and a synonym; remove it from one list",
        "content/search-terms.yaml:6: a synonym group needs at least two words (or one word and the pages it names)",
        "content/search-terms.yaml:7: unknown key \"colour\" (expected stop words, synonyms)",
    ];

    [Theory, MemberData(nameof(KnownErrors))]
    public void Check_reports_each_known_error_with_its_file_and_line(string expected)
    {
        var (_, lines) = Check(Fixtures.Bad);

        Assert.Contains(expected, lines);
    }

    [Fact]
    public void Check_reports_nothing_more_than_the_known_errors_and_exits_1()
    {
        var (exit, lines) = Check(Fixtures.Bad);

        Assert.Equal(1, exit);
        // One line says, once, that tokens and data-page links were not checked because the data did not load.
        Assert.Equal(KnownErrors.Count, lines.Length - 2);
        Assert.StartsWith("check: content/data has errors, so data tokens and links to data pages in guides were not checked", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"check: 0 guides, 1 sources, data not loaded; {KnownErrors.Count} errors, 0 warnings", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_on_clean_content_prints_no_problem_only_the_quality_summary_and_one_summary_line()
    {
        var (exit, lines) = Check(Fixtures.Good);

        Assert.Equal(0, exit);
        Assert.All(lines[..^1], l => Assert.StartsWith("quality: ", l, StringComparison.Ordinal));
        Assert.StartsWith("check: 2 guides, 1 sources, 28 data rows in 19 tables; 0 errors, 0 warnings; reading grades", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_sites_own_content_passes_check()
    {
        var (exit, lines) = Check(Fixtures.Site);

        Assert.True(exit == 0, string.Join('\n', lines));
    }

    [Fact]
    public void A_search_synonym_naming_a_page_that_does_not_exist_is_an_error_with_its_line()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        var file = Path.Combine(paths.Root, SearchTerms.FileName);
        File.WriteAllText(file, File.ReadAllText(file).Replace("/scope/injections", "/scope/no-such-task", StringComparison.Ordinal));

        var (exit, lines) = Check(paths);

        Assert.Equal(1, exit);
        Assert.Contains("content/search-terms.yaml:5: page /scope/no-such-task: no such page on the site", lines);
    }

    [Fact]
    public void A_missing_search_terms_file_is_an_error()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        File.Delete(Path.Combine(paths.Root, SearchTerms.FileName));

        var (exit, lines) = Check(paths);

        Assert.Equal(1, exit);
        Assert.Contains("content/search-terms.yaml:1: file is missing: site search needs its stop words and synonyms", lines);
    }

    [Fact]
    public void A_missing_sources_table_is_an_error()
    {
        var paths = Fixtures.CopyOf(Fixtures.Good);
        File.Delete(paths.SourcesCsv);

        var (exit, lines) = Check(paths);

        Assert.Equal(1, exit);
        Assert.Contains("content/data/sources.csv:0: sources table is missing", lines);
    }

    [Fact]
    public void Check_reads_sources_csv_once_so_each_of_its_problems_is_printed_once()
    {
        var (_, lines) = Check(Fixtures.Bad);

        Assert.Single(lines, l => l == "content/data/sources.csv:3: kind \"tertiary\" is not one of official, copy, secondary");
    }
}
