using System.Globalization;
using CsvHelper;

namespace MaGuide.Web.Tests;

/// <summary>CSV text as rows keyed by column name, so tests can compare pages and downloads with content/data.</summary>
public static class CsvRows
{
    public static List<Dictionary<string, string>> Parse(string text)
    {
        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        var rows = new List<Dictionary<string, string>>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h) ?? ""));
        }

        return rows;
    }

    /// <summary>A table of the repository's content/data, e.g. <c>wages.csv</c>.</summary>
    public static List<Dictionary<string, string>> Content(string file) => Parse(File.ReadAllText(Path.Combine(Fixtures.Site.Data, file)));
}
