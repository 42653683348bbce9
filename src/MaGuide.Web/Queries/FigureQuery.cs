using System.Globalization;
using MaGuide.Web.Content;
using MaGuide.Web.Data;
using MaGuide.Web.Data.Vocabulary;
using MaGuide.Web.Infrastructure;

namespace MaGuide.Web.Queries;

/// <summary>
/// The figures guide tokens stand for, from a snapshot of the store read once (asynchronously) when the catalog is
/// built, so a guide render never touches the database: <see cref="WageToken"/>, <see cref="ProjectionToken"/>,
/// <see cref="TrainingToken"/> and <see cref="CredentialToken"/> (see <see cref="TrainingTokens"/>),
/// <see cref="PriceToken"/> and <see cref="AdjustedToken"/> (see <see cref="PriceTokens"/>). Each resolves to the
/// figure in words, what it is and its source, or to a problem naming what the data lacks. The snapshot's roles and
/// salary report also feed the table tokens, which Razor components render.
/// </summary>
public sealed class FigureQuery
{
    private static readonly string[] Measures = ["employment", "mean", "median", "p10", "p25", "p75", "p90"];

    private readonly Dictionary<string, string> stateNames;
    private readonly IReadOnlyList<WageFigures> stateAndNationalWages;
    private readonly TrainingTokens training;
    private readonly PriceTokens prices;

    private FigureQuery(IReadOnlyList<RoleProfile> roles, SalaryReport salary, Dictionary<string, string> stateNames, IReadOnlyList<WageFigures> wages, TrainingTokens training, PriceTokens prices)
    {
        Roles = roles;
        Salary = salary;
        this.stateNames = stateNames;
        stateAndNationalWages = wages;
        this.training = training;
        this.prices = prices;
    }

    /// <summary>Every role, medical assistant first (as <see cref="CompareQuery.AllAsync"/> returns them).</summary>
    public IReadOnlyList<RoleProfile> Roles { get; }

    /// <summary>The pay report the salary pages show.</summary>
    public SalaryReport Salary { get; }

    /// <summary>Reads the snapshot: the queries the salary and compare pages use, plus wages, training and price levels.</summary>
    public static async Task<FigureQuery> LoadAsync(IDbContextFactory<MaGuideDb> factory, CancellationToken ct)
    {
        var roles = await new CompareQuery(factory, StoreMemo.None).AllAsync(ct);
        var salary = await new SalaryQuery(factory, StoreMemo.None).GetAsync(ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var stateNames = await db.Areas.ToDictionaryAsync(a => a.Code, a => a.Name, StringComparer.Ordinal, ct);
        var sources = await SourceLookup.LoadAsync(db, ct);
        // Every row, not only each period's preferred one: a token asks for one statistic, which the preferred row may lack.
        var wages = await WageSelection.AllAsync(db, sources, ct);
        var training = await TrainingTokens.LoadAsync(db, sources, ct);
        var prices = new PriceTokens(await PriceAdjustment.ForAllStatesAsync(db, sources, ct), wages, stateNames);
        return new FigureQuery(roles, salary, stateNames, wages, training, prices);
    }

    /// <summary>The figure a token stands for; a table token is not a figure (it is rendered, not looked up).</summary>
    public TokenValue Resolve(DataToken token) => token switch
    {
        WageToken wage => Wage(wage.Area, wage.Measure, wage.Role),
        ProjectionToken projection => ProjectionValue(projection.Measure, projection.Role),
        TrainingToken t => training.Training(t.Route, t.Attribute),
        CredentialToken c => training.Credential(c.Id, c.Measure),
        PriceToken price => prices.Price(price.Area, price.Measure),
        AdjustedToken adjusted => prices.Adjusted(adjusted.Area, adjusted.Statistic),
        UnknownToken unknown => TokenValue.Error(unknown.Problem),
        _ => TokenValue.Error("this token is a table, not a figure; put it on its own line"),
    };

    private TokenValue Wage(string area, string measure, string roleSlug)
    {
        var role = Roles.FirstOrDefault(r => r.Slug == roleSlug);
        if (role is null)
        {
            return TokenValue.Error($"no role \"{roleSlug}\"");
        }

        var code = area == "national" ? WellKnown.NationalArea : area.ToUpperInvariant();
        if (!stateNames.TryGetValue(code, out var areaName))
        {
            return TokenValue.Error($"area \"{area}\" is not \"national\" or a state code");
        }

        var split = measure.Split('_');
        if (!Measures.Contains(split[0]) || (split[0] != "employment" && (split.Length != 2 || split[1] is not ("annual" or "hourly"))))
        {
            return TokenValue.Error($"measure \"{measure}\" is not one of employment, mean_annual, median_annual, p10_annual … p90_annual, or the same with _hourly");
        }

        var rows = stateAndNationalWages.Where(w => w.RoleSlug == roleSlug && w.AreaCode == code && w.Year is not null);
        var row = WageSelection.BestWith(rows, w => Pick(w, measure) is not null);
        if (row is null || Pick(row, measure) is not { } value)
        {
            return TokenValue.Error($"the data has no {measure} for {role.Name.ToLowerInvariant()} in {PlaceNames.InSentence(areaName)}");
        }

        var text = split[0] == "employment" ? Formats.Count((long)value) : split[1] == "annual" ? Formats.Annual(value) : Formats.Hourly(value);
        var label = split[0] switch
        {
            "employment" => "Employment",
            "mean" => "Mean (average) " + (split[1] == "annual" ? "annual" : "hourly") + " wage",
            "median" => "Median " + (split[1] == "annual" ? "annual" : "hourly") + " wage",
            _ => $"{split[0][1..]}th percentile {(split[1] == "annual" ? "annual" : "hourly")} wage",
        };
        return Figure(text, $"{label}, {role.Name.ToLowerInvariant()}, {areaName}, {row.PeriodInWords}", row.Source, row.PeriodInBrackets);
    }

    private static decimal? Pick(WageFigures w, string measure) => measure switch
    {
        "employment" => w.Employment,
        "mean_annual" => w.AnnualMean,
        "mean_hourly" => w.HourlyMean,
        "median_annual" => w.AnnualMedian,
        "median_hourly" => w.HourlyMedian,
        "p10_annual" => w.AnnualP10,
        "p10_hourly" => w.HourlyP10,
        "p25_annual" => w.AnnualP25,
        "p25_hourly" => w.HourlyP25,
        "p75_annual" => w.AnnualP75,
        "p75_hourly" => w.HourlyP75,
        "p90_annual" => w.AnnualP90,
        "p90_hourly" => w.HourlyP90,
        _ => null,
    };

    private TokenValue ProjectionValue(string measure, string roleSlug)
    {
        if (Roles.FirstOrDefault(r => r.Slug == roleSlug) is not { Outlook: { } outlook } role)
        {
            return TokenValue.Error($"the data has no projection for \"{roleSlug}\"");
        }

        string? text = measure switch
        {
            "change_percent" => outlook.ChangePercent is { } p ? Formats.Percent(p) : null,
            "annual_openings" => outlook.AnnualOpenings is { } o ? Formats.Count(o) : null,
            "employment_base" => outlook.EmploymentBase is { } b ? Formats.Count(b) : null,
            "employment_target" => outlook.EmploymentTarget is { } t ? Formats.Count(t) : null,
            "base_year" => outlook.BaseYear.ToString(CultureInfo.InvariantCulture),
            "target_year" => outlook.TargetYear.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        if (text is null)
        {
            return TokenValue.Error($"measure \"{measure}\" is not one of change_percent, annual_openings, employment_base, employment_target, base_year, target_year, or the data lacks it");
        }

        var period = measure switch
        {
            "employment_base" => outlook.BaseYear.ToString(CultureInfo.InvariantCulture),
            "employment_target" => $"{outlook.TargetYear.ToString(CultureInfo.InvariantCulture)} projection",
            "change_percent" or "annual_openings" => $"{outlook.PeriodInWords} projection",
            _ => null,
        };
        return Figure(text, $"Employment projection {outlook.BaseYear}–{outlook.TargetYear}, {role.Name.ToLowerInvariant()}, United States ({measure.Replace('_', ' ')})", outlook.Source, period);
    }

    /// <summary>
    /// A figure token: the text, what it is, its source, and how sure we are in words (the tier the source carries,
    /// or official/reported by the source's kind), so guide prose never has to attribute the figure itself.
    /// </summary>
    internal static TokenValue Figure(string text, string what, SourceRef source, string? period = null)
    {
        var figure = source.Tier is null ? source.ForSingleFigure() : source;
        return new()
        {
            Text = text,
            What = what,
            SourceText = $"{source.Publisher}, “{source.Title}”{(source.Period.Length > 0 ? $", {source.Period}" : "")}",
            SourceUrl = source.Url,
            SourceKind = figure.TrustInWords,
            Tier = figure.Tier,
            Period = period,
        };
    }
}
