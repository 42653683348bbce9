using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using MaGuide.Web.Queries;

namespace MaGuide.Web.Infrastructure;

/// <summary>Open downloads of the store's tables: /data/{table}.csv and /data/{table}.json.</summary>
public static class OpenDataEndpoints
{
    public static WebApplication MapOpenData(this WebApplication app)
    {
        app.MapMethods("/data/{table}.{format}", SiteHosting.ReadMethods, async (string table, string format, OpenDataQuery query, HttpContext context, CancellationToken ct) =>
        {
            if (format is not ("csv" or "json") || await query.GetAsync(table, ct) is not { } data)
            {
                return Results.NotFound();
            }

            context.Response.Headers.ContentDisposition = $"inline; filename=\"{data.Name}.{format}\"";
            return format == "csv"
                ? Results.Text(ToCsv(data), "text/csv; charset=utf-8", Encoding.UTF8)
                : Results.Text(ToJson(data), "application/json; charset=utf-8", Encoding.UTF8);
        }).CacheOutput(SiteDefaults.PagesPolicy);
        return app;
    }

    public static string ToCsv(OpenDataQuery.Table table)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            // The CSV holds the repository file's columns only; computed fields are in the JSON download.
            foreach (var column in table.Columns.Take(table.FileColumns))
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var row in table.Rows)
            {
                foreach (var value in row.Take(table.FileColumns))
                {
                    csv.WriteField(Text(value));
                }

                csv.NextRecord();
            }
        }

        return writer.ToString();
    }

    public static string ToJson(OpenDataQuery.Table table)
    {
        var rows = table.Rows.Select(row => table.Columns.Zip(row).ToDictionary(p => p.First, p => p.Second is Data.Trust.TrustTier tier ? Data.Trust.Trust.Name(tier) : p.Second));
        return JsonSerializer.Serialize(new { table = table.Name, columns = table.Columns, rows });
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        Data.Trust.TrustTier tier => Data.Trust.Trust.Name(tier),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
