using System.Globalization;
using MaGuide.Web.Content;
using MaGuide.Web.Data;

namespace MaGuide.Web.Queries;

/// <summary>
/// Guide tokens for the training and credential tables, read once with the catalog:
/// <c>training ROUTE ATTRIBUTE</c> (the first fact row, e.g. <c>training certificate length_months</c>) and
/// <c>credential ID exam_fee | renewal | renewal_years</c>. Each resolves to the figure in words with its source.
/// </summary>
public sealed class TrainingTokens(List<TrainingFact> facts, Dictionary<string, string> routeNames, Dictionary<string, Credential> credentials, Dictionary<string, SourceRef> sources)
{
    /// <summary>Reads the training facts, route names and credentials once.</summary>
    public static async Task<TrainingTokens> LoadAsync(MaGuideDb db, Dictionary<string, SourceRef> sources, CancellationToken ct) => new(
        await db.TrainingFacts.OrderBy(f => f.Id).ToListAsync(ct),
        await db.TrainingRoutes.ToDictionaryAsync(r => r.Id, r => r.Name, StringComparer.Ordinal, ct),
        await db.Credentials.ToDictionaryAsync(c => c.Id, StringComparer.Ordinal, ct),
        sources);

    public TokenValue Training(string route, string attribute)
    {
        if (!Data.Schema.Tables.FactAttributes.TryGetValue(attribute, out var kind))
        {
            return TokenValue.Error($"attribute \"{attribute}\" is not one of {string.Join(", ", Data.Schema.Tables.FactAttributes.Keys)}");
        }

        var fact = facts.FirstOrDefault(f => f.RouteId == route && f.Attribute == attribute);
        return fact is null
            ? TokenValue.Error($"the data has no {attribute} for training route \"{route}\"")
            : FigureQuery.Figure(fact.Text, $"{routeNames.GetValueOrDefault(route, route)}: {kind.Words}{(fact.Period.Length > 0 ? $" ({fact.Period})" : "")}", sources[fact.SourceId]);
    }

    public TokenValue Credential(string id, string measure)
    {
        if (!credentials.TryGetValue(id, out var c))
        {
            return TokenValue.Error($"no credential \"{id}\" in credentials.csv");
        }

        return measure switch
        {
            "exam_fee" when c.ExamFeeSourceId is { } source => FigureQuery.Figure(c.ExamFeeText, $"{c.Abbreviation} exam fee{(c.ExamFeePeriod.Length > 0 ? $", {c.ExamFeePeriod}" : "")}", sources[source]),
            "renewal" when c.RenewalSourceId is { } source => FigureQuery.Figure(c.RenewalText, $"{c.Abbreviation} renewal rule", sources[source]),
            "renewal_years" when c.RenewalSourceId is { } source && c.RenewalYears is { } years =>
                FigureQuery.Figure($"{years.ToString(CultureInfo.InvariantCulture)} years", $"{c.Abbreviation} renewal cycle", sources[source]),
            "exam_fee" or "renewal" or "renewal_years" => TokenValue.Error($"the data has no sourced {measure.Replace('_', ' ')} for {c.Abbreviation}"),
            _ => TokenValue.Error($"measure \"{measure}\" is not one of exam_fee, renewal, renewal_years"),
        };
    }
}
