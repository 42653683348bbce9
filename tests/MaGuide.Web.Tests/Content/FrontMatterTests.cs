using MaGuide.Web.Content;
using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Tests.Content;

public sealed class FrontMatterTests
{
    private const string Valid = """
        title: Duties and skills
        description: What the job involves.
        section: basics
        order: 20
        reviewed: 2026-11-01
        sources: [one, two]
        related: [clinical-vs-administrative]
        """;

    private static (FrontMatter? Front, List<ContentProblem> Problems) Parse(string yaml)
    {
        var problems = new List<ContentProblem>();
        var front = FrontMatter.Parse(yaml, "content/guides/x.md", firstLine: 2, problems);
        return (front, problems);
    }

    [Fact]
    public void Valid_front_matter_is_read_with_every_field()
    {
        var (front, problems) = Parse(Valid);

        Assert.Empty(problems);
        Assert.NotNull(front);
        Assert.Equal("Duties and skills", front.Title);
        Assert.Equal("basics", front.Section.Key);
        Assert.Equal(20, front.Order);
        Assert.Equal(new DateOnly(2026, 11, 1), front.Reviewed);
        Assert.Equal(["one", "two"], front.Sources);
        Assert.Equal(["clinical-vs-administrative"], front.Related);
        Assert.Equal(7, front.KeyLines["sources"]);
    }

    [Theory]
    [InlineData("title", "front matter is missing required \"title\"", 1)]
    [InlineData("description", "front matter is missing required \"description\"", 1)]
    [InlineData("section", "front matter is missing required \"section\"", 1)]
    [InlineData("reviewed", "front matter is missing required \"reviewed\"", 1)]
    public void A_missing_required_key_is_an_error_on_the_opening_line(string key, string message, int line)
    {
        var yaml = string.Join('\n', Valid.Split('\n').Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal)));

        var (front, problems) = Parse(yaml);

        Assert.Null(front);
        var problem = Assert.Single(problems);
        Assert.Equal(message, problem.Message);
        Assert.Equal(line, problem.Line);
    }

    [Theory]
    [InlineData("title: " + "A title that is much too long for anybody to read comfortably on a small phone", 2, "title is 78 characters; keep it to 55 or fewer (pages add \" | MaGuide\", and search results show about 65 characters)")]
    [InlineData("section: nursing", 4, "section \"nursing\" is not one of basics, scope, training, pay, compare, about")]
    [InlineData("order: first", 5, "order \"first\" must be a whole number")]
    [InlineData("reviewed: 2026-13-01", 6, "reviewed \"2026-13-01\" has no month 13; write the date as YYYY-MM-DD")]
    [InlineData("reviewed: 1 November 2026", 6, "reviewed \"1 November 2026\" must be a date written YYYY-MM-DD")]
    [InlineData("sources: one", 7, "\"sources\" must be a list, e.g. sources: [a, b]")]
    [InlineData("related: [a, a]", 8, "\"related\" lists \"a\" twice")]
    public void An_invalid_value_is_reported_on_its_own_line(string replacement, int line, string message)
    {
        var key = replacement[..replacement.IndexOf(':', StringComparison.Ordinal)];
        var yaml = string.Join('\n', Valid.Split('\n').Select(l => l.StartsWith(key + ":", StringComparison.Ordinal) ? replacement : l));

        var (front, problems) = Parse(yaml);

        Assert.Null(front);
        var problem = Assert.Single(problems);
        Assert.Equal(message, problem.Message);
        Assert.Equal(line, problem.Line);
    }

    [Fact]
    public void A_description_over_160_characters_is_an_error()
    {
        var yaml = Valid.Replace("What the job involves.", new string('x', 161), StringComparison.Ordinal);

        var (_, problems) = Parse(yaml);

        Assert.Equal("description is 161 characters; keep it to 160 or fewer", Assert.Single(problems).Message);
    }

    [Fact]
    public void An_unknown_key_is_an_error_on_its_line()
    {
        var (front, problems) = Parse(Valid + "\ncolour: blue");

        Assert.Null(front);
        var problem = Assert.Single(problems);
        Assert.StartsWith("unknown front matter key \"colour\"", problem.Message, StringComparison.Ordinal);
        Assert.Equal(9, problem.Line);
    }

    [Fact]
    public void A_repeated_key_is_an_error_on_its_second_line()
    {
        var (front, problems) = Parse(Valid + "\ntitle: Again");

        Assert.Null(front);
        var problem = Assert.Single(problems);
        Assert.Equal("front matter is not valid YAML: Duplicate key title; each key appears once, so remove or merge this line", problem.Message);
        Assert.Equal(9, problem.Line);
    }

    [Theory]
    [InlineData("title: [unclosed\ndescription: x")]
    [InlineData("title: \"unclosed\ndescription: x")]
    [InlineData("title: {a: [b\n")]
    [InlineData(": :\n- -\n  ? ]")]
    [InlineData("\t\ttitle: tabs")]
    [InlineData("title: *undefined-alias")]
    public void Malformed_yaml_is_reported_never_thrown(string yaml)
    {
        var (front, problems) = Parse(yaml);

        Assert.Null(front);
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.InRange(p.Line, 1, 4));
    }

    [Fact]
    public void Broken_yaml_is_reported_with_a_line_not_an_exception()
    {
        var (front, problems) = Parse("title: [unclosed\ndescription: x");

        Assert.Null(front);
        var problem = Assert.Single(problems);
        // The file line where the list opens (line 2, after the opening ---), not where the reader gave up.
        Assert.StartsWith("the [ opened on this line is never closed", problem.Message, StringComparison.Ordinal);
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void Yaml_that_is_not_a_mapping_is_rejected()
    {
        var (front, problems) = Parse("- just\n- a list");

        Assert.Null(front);
        Assert.Equal("front matter must be a list of `key: value` lines", Assert.Single(problems).Message);
    }
}
