using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Tests;

/// <summary>Content folders the tests read: fixtures copied next to the test assembly, and the real site content.</summary>
public static class Fixtures
{
    public static ContentPaths Bad => new(Path.Combine(AppContext.BaseDirectory, "Fixtures", "bad", "content"));

    public static ContentPaths Good => new(Path.Combine(AppContext.BaseDirectory, "Fixtures", "good", "content"));

    /// <summary>The repository's own content folder.</summary>
    public static ContentPaths Site => ContentPaths.Locate(null, AppContext.BaseDirectory);

    /// <summary>A writable copy of a fixture, for tests that change files.</summary>
    public static ContentPaths CopyOf(ContentPaths source)
    {
        var target = Path.Combine(Path.GetTempPath(), "maguide-tests", Guid.NewGuid().ToString("n"), "content");
        foreach (var file in Directory.GetFiles(source.Root, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source.Root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return new ContentPaths(target);
    }
}
