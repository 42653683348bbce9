namespace MaGuide.Web.Data.Import;

/// <summary>Keeps an imported file's row in sources.csv: added once, its retrieval note renewed only when the data changed.</summary>
internal static class SourceRows
{
    public static void Upsert(ContentTable sources, Source source, bool dataChanged)
    {
        if (sources.Rows.FirstOrDefault(r => sources.Get(r, "id") == source.Id) is { } existing)
        {
            if (dataChanged)
            {
                // An editor may have reworded the title or note; only what the import knows better is renewed.
                sources.Set(existing, "period", source.Period);
                sources.Set(existing, "retrieved", source.Retrieved);
            }

            return;
        }

        sources.Rows.Add(sources.NewRow(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["id"] = source.Id,
            ["kind"] = source.Kind,
            ["title"] = source.Title,
            ["publisher"] = source.Publisher,
            ["url"] = source.Url,
            ["period"] = source.Period,
            ["retrieved"] = source.Retrieved,
            ["note"] = source.Note,
        }));
        var sorted = sources.Rows.OrderBy(r => sources.Get(r, "id"), StringComparer.Ordinal).ToList();
        sources.Rows.Clear();
        sources.Rows.AddRange(sorted);
    }
}
