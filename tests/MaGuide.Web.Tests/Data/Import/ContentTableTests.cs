using MaGuide.Web.Data.Import;

namespace MaGuide.Web.Tests.Data.Import;

public sealed class ContentTableTests
{
    public static TheoryData<string> SiteTables =>
        [.. Directory.GetFiles(Fixtures.Site.Data, "*.csv").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory, MemberData(nameof(SiteTables))]
    public void Import_writes_the_sites_tables_back_byte_for_byte(string file)
    {
        var path = Path.Combine(Fixtures.Site.Data, file);

        var table = ContentTable.Load(path);

        Assert.Equal(File.ReadAllText(path), table.ToCsv());
    }
}
