using MaGuide.Web.Content;
using MaGuide.Web.Data.Vocabulary;
using MaGuide.Web.Infrastructure;

namespace MaGuide.Web.Queries;

/// <summary>
/// Guide tokens for price levels and price-adjusted pay, read once with the catalog, worked out as on the state pages
/// (<see cref="PriceAdjustment"/>): <c>price CODE rpp</c> (the state's newest regional price parity, "112.6"),
/// <c>price CODE year</c> (its year) and <c>adjusted CODE [median|mean]</c> (the state's headline typical annual pay, or
/// the named statistic, × 100 / RPP, to the nearest $100, "about $39,800 a year"). Errors name what the data lacks.
/// <paramref name="wages"/> holds every wage row (preferred or not).
/// </summary>
public sealed class PriceTokens(IReadOnlyDictionary<string, PriceLevel> levels, IReadOnlyList<WageFigures> wages, IReadOnlyDictionary<string, string> stateNames)
{
    public TokenValue Price(string area, string measure)
    {
        var found = Level(area);
        if (found.Error is { } error)
        {
            return error;
        }

        var (name, level) = (found.Name, found.Level!);
        var what = $"Regional price parity for all items (U.S. = 100), {name}, {level.Year}";
        return measure switch
        {
            "rpp" => FigureQuery.Figure(level.InWords, what, level.Source, level.Year.ToString(Formats.Culture)),
            "year" => FigureQuery.Figure(level.Year.ToString(Formats.Culture), what, level.Source),
            _ => TokenValue.Error($"measure \"{measure}\" is not one of rpp, year"),
        };
    }

    /// <summary>
    /// <c>adjusted AREA</c>: the state's headline typical pay (as its page leads with) adjusted; <c>adjusted AREA median</c>
    /// or <c>mean</c>: the best figure of that statistic from any source (<see cref="WageSelection.BestWith"/>).
    /// </summary>
    public TokenValue Adjusted(string area, string? statistic = null)
    {
        var found = Level(area);
        if (found.Error is { } error)
        {
            return error;
        }

        if (statistic is not (null or "median" or "mean"))
        {
            return TokenValue.Error($"\"{statistic}\" is not median or mean; write {{{{ adjusted {area} }}}} for the state's headline pay, or add median or mean");
        }

        var state = wages.Where(w => w.RoleSlug == WellKnown.Occupation && w.AreaCode == found.Level!.StateCode).ToList();
        var adjusted = statistic is null
            ? PriceAdjustment.For(WageSelection.Latest(state.Where(w => w.Preferred)), found.Level)
            : PriceAdjustment.For(WageSelection.BestWith(state, w => w.AnnualOf(statistic) is not null), statistic, found.Level);
        if (adjusted is null)
        {
            return TokenValue.Error($"the data has no {statistic ?? "typical"} annual pay for medical assistants in {PlaceNames.InSentence(found.Name)}, so there is nothing to adjust");
        }

        var what = $"{Formats.Dollars(adjusted.Nominal)} {adjusted.Measure} annual pay for medical assistants in {PlaceNames.InSentence(found.Name)}, {adjusted.Wage.PeriodInWords}, "
            + $"× 100 ÷ the regional price parity for {adjusted.Level.Year} ({adjusted.Level.InWords}), to the nearest $100"
            + (adjusted.YearsDiffer ? $". {adjusted.Caveat.TrimEnd('.')}" : "");
        return FigureQuery.Figure($"about {Formats.Annual(adjusted.Shown)}", what, adjusted.Wage.Source, adjusted.Wage.PeriodInBrackets);
    }

    private (string Name, PriceLevel? Level, TokenValue? Error) Level(string area)
    {
        var code = area.ToUpperInvariant();
        if (!stateNames.TryGetValue(code, out var name) || code == WellKnown.NationalArea)
        {
            return (area, null, TokenValue.Error($"area \"{area}\" is not a state code"));
        }

        return levels.TryGetValue(code, out var level)
            ? (name, level, null)
            : (name, null, TokenValue.Error($"the data has no price parity for {name}"));
    }
}
