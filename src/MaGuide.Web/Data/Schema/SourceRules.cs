using MaGuide.Web.ContentFiles;
using MaGuide.Web.Data.Trust;

namespace MaGuide.Web.Data.Schema;

/// <summary>The rules of sources.csv: every guide and data row points into it by id.</summary>
public static partial class Tables
{
    private static string SourceId(CsvRow row)
    {
        var id = row.Text("id");
        if (!SlugRules.IsSlug(id))
        {
            row.Problem($"source id \"{id}\" must be lowercase words joined by hyphens");
        }

        return id;
    }

    private static string SourceKind(CsvRow row)
    {
        var kind = row.Text("kind");
        if (!SourceKinds.All.Contains(kind))
        {
            var hint = kind is "primary" or "secondary" or "seed"
                ? " (official: the producing or deciding body's own page; copy: a third-party copy of an official text; secondary: a page that quotes or summarizes)"
                : "";
            row.Problem($"kind \"{kind}\" is not one of {string.Join(", ", SourceKinds.All)}{hint}");
        }

        return kind;
    }

    private static string SourceUrl(CsvRow row)
    {
        var url = row.Text("url");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            row.Problem($"url \"{url}\" must be an http or https address");
        }

        return url;
    }

    /// <summary>A source's <c>derived_from</c> must name other sources of the file (the valid ones).</summary>
    private static void CheckDerivedFrom(CsvTable table, IReadOnlyList<(CsvRow Row, Source Entity)> rows, TableKeys keys)
    {
        var ids = rows.Select(r => r.Entity.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (row, source) in rows)
        {
            foreach (var other in SourceIndex.DerivedFrom(source).Where(o => o == source.Id || !ids.Contains(o)))
            {
                table.Problem(row.Line, other == source.Id ? "derived_from names the source itself" : $"derived_from \"{other}\" is not a source id in this file");
            }
        }
    }
}
