namespace MaGuide.Web.Tests;

/// <summary>
/// A static export never holds a draft, even when run in Development, where the live site shows drafts
/// (issue #18 point 5), and the exported site keeps its published guides.
/// </summary>
public sealed class DraftExportTests
{
    [Fact]
    public async Task An_export_run_in_development_writes_no_draft_page_and_no_draft_text()
    {
        var content = EditorContent.Create(withGit: false);
        var shell = Path.Combine(Path.GetTempPath(), "maguide-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(shell);
        BuiltStores.CopyFor(content, Path.Combine(shell, "store", "maguide.db"));

        var (exit, output) = await ExportedSite.ExportAsync(shell, "export", "out", "--environment", "Development",
            $"--Content:Root={content.Root}", $"--Site:BaseUrl={ExportedSite.BaseUrl}", $"--Store:Path={Path.Combine(shell, "store", "maguide.db")}");

        Assert.True(exit == 0, output);
        var folder = Path.Combine(shell, "out");
        Assert.True(File.Exists(Path.Combine(folder, "guides", "faq", "index.html")));
        Assert.True(File.Exists(Path.Combine(folder, "changes", "index.html")));
        Assert.True(File.Exists(Path.Combine(folder, "changes", "feed.xml")));
        Assert.False(Directory.Exists(Path.Combine(folder, "guides", EditorContent.DraftSlug)));
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            var text = await File.ReadAllTextAsync(file);
            Assert.False(text.Contains(EditorContent.DraftWord, StringComparison.Ordinal) || text.Contains(EditorContent.DraftSlug, StringComparison.Ordinal), $"{file} mentions the draft");
        }
    }
}
