using System.Text.RegularExpressions;

namespace MaGuide.Web.ContentFiles;

public static partial class SlugRules
{
    public static bool IsSlug(string? value) => value is not null && SlugPattern().IsMatch(value);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
