using System.Text;
using System.Text.Json;
using MaGuide.Web.Queries;

namespace MaGuide.Web.Infrastructure;

/// <summary>Open downloads: /data/{table}.csv (the repository file, byte for byte) and /data/{table}.json (rows with computed fields).</summary>
public static class OpenDataEndpoints
{
    public static WebApplication MapOpenData(this WebApplication app)
    {
        app.MapMethods("/data/{table}.{format}", SiteHosting.ReadMethods, async (string table, string format, OpenDataQuery query, HttpContext context, CancellationToken ct) =>
        {
            if (format == "csv" && await query.GetFileAsync(table, ct) is { } file)
            {
                // The repository file itself, so a download diffs cleanly against content/data.
                context.Response.Headers.ContentDisposition = $"inline; filename=\"{table}.csv\"";
                return Results.Bytes(file, "text/csv; charset=utf-8");
            }

            if (format == "json" && await query.GetAsync(table, ct) is { } data)
            {
                context.Response.Headers.ContentDisposition = $"inline; filename=\"{data.Name}.json\"";
                return Results.Text(ToJson(data), "application/json; charset=utf-8", Encoding.UTF8);
            }

            return Results.NotFound();
        }).CacheOutput(SiteDefaults.PagesPolicy);
        return app;
    }

    public static string ToJson(OpenDataQuery.Table table)
    {
        var rows = table.Rows.Select(row => table.Columns.Zip(row).ToDictionary(p => p.First, p => p.Second is Data.Trust.TrustTier tier ? Data.Trust.Trust.Name(tier) : p.Second));
        return JsonSerializer.Serialize(new { table = table.Name, columns = table.Columns, rows });
    }
}
