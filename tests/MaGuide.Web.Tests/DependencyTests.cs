using System.Reflection;
using System.Text.RegularExpressions;
using MaGuide.Web.Content;
using MaGuide.Web.Data;
using MaGuide.Web.Tests.Pages;

namespace MaGuide.Web.Tests;

/// <summary>
/// The folders depend on each other one way: Pages → Queries → Content → Data → ContentFiles (where the editors' files
/// are and how a problem in one is reported), with Commands and Infrastructure (composition) on top. A file that
/// reaches up the stack (Data naming a guide, Content naming a query, ContentFiles naming anything) fails here.
/// </summary>
public sealed partial class DependencyTests
{
    /// <summary>For each folder of src/MaGuide.Web, the namespaces its files must not use.</summary>
    public static TheoryData<string, string[]> Forbidden => new()
    {
        { "ContentFiles", ["Data", "Content", "Queries", "Pages", "Commands", "Infrastructure", "ViewComponents"] },
        { "Data", ["Content", "Queries", "Pages", "Commands", "Infrastructure", "ViewComponents"] },
        { "Content", ["Queries", "Pages", "Commands", "Infrastructure", "ViewComponents"] },
        { "Queries", ["Pages", "Commands", "ViewComponents"] },
        { "Pages", ["Commands"] },
        { "ViewComponents", ["Commands"] },
        { "Infrastructure", ["Commands"] },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void A_folder_does_not_use_the_layers_above_it(string folder, string[] forbidden)
    {
        var root = Path.Combine(SiteFiles.Project, folder);
        var found = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(root, "*.cshtml", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((text, i) => (File: Path.GetRelativePath(SiteFiles.Project, f), Line: i + 1, Text: text)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .SelectMany(l => NamespaceUse().Matches(l.Text).Select(m => (l.File, l.Line, Used: m.Groups["ns"].Value)))
            .Where(u => forbidden.Contains(u.Used))
            .Select(u => $"{u.File}:{u.Line}: uses {u.Used}")
            .Distinct()
            .ToList();

        Assert.True(found.Count == 0, $"{folder} must not use {string.Join(", ", forbidden)}:\n{string.Join('\n', found)}");
    }

    [Fact]
    public void The_guides_start_loading_only_from_a_store_that_PrepareStore_returned()
    {
        // PreparedStore has no constructor outside its own type, and StartLoadingContent asks for one: the order
        // "prepare the store, then read the guides" cannot be written the wrong way round in Program.cs.
        Assert.DoesNotContain(typeof(PreparedStore).GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance), c => !c.IsPrivate);
        var start = typeof(ContentServiceExtensions).GetMethod(nameof(ContentServiceExtensions.StartLoadingContent))!;
        Assert.Contains(start.GetParameters(), p => p.ParameterType == typeof(PreparedStore));
        Assert.Equal(typeof(PreparedStore), typeof(PreparedStoreExtensions).GetMethod(nameof(PreparedStoreExtensions.PrepareStore))!.ReturnType);
    }

    /// <summary><c>using MaGuide.Web.X</c>, <c>MaGuide.Web.X.Type</c>, or <c>X.Type</c> relative to <c>MaGuide.Web</c>.</summary>
    [GeneratedRegex(@"(?:\bMaGuide\.Web\.|(?<![\w.])(?=(?:Queries|Pages|Commands|Infrastructure|ViewComponents|ContentFiles|Content|Data)\.[A-Z]))(?<ns>Queries|Pages|Commands|Infrastructure|ViewComponents|ContentFiles|Content|Data)\b")]
    private static partial Regex NamespaceUse();
}
