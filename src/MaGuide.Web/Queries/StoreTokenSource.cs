using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using MaGuide.Web.Content;
using MaGuide.Web.Data;
using MaGuide.Web.Data.Trust;
using MaGuide.Web.Infrastructure;

namespace MaGuide.Web.Queries;

/// <summary>
/// Fills guide data tokens from a snapshot of the store taken once, when the catalog is built:
/// <c>wage AREA MEASURE [ROLE]</c>, <c>projection MEASURE [ROLE]</c>, <c>training ROUTE ATTRIBUTE</c>,
/// <c>credential ID MEASURE</c> (see <see cref="TrainingTokens"/>), <c>price CODE rpp|year</c> and <c>adjusted CODE</c>
/// (see <see cref="PriceTokens"/>), and
/// <c>table wages-by-state | wages-by-industry | compare-roles | compare ROLE</c>.
/// </summary>
public sealed class StoreTokenSource : IDataTokenSource
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;
    private static readonly string[] Measures = ["employment", "mean", "median", "p10", "p25", "p75", "p90"];

    private readonly IReadOnlyList<RoleProfile> roles;
    private readonly SalaryReport salary;
    private readonly Dictionary<string, string> stateNames;
    private readonly IReadOnlyList<WageFigures> stateAndNationalWages;
    private readonly TrainingTokens training;
    private readonly PriceTokens prices;

    public StoreTokenSource(IDbContextFactory<MaGuideDb> factory)
    {
        // Built once per catalog; a guide render never touches the database.
        roles = new CompareQuery(factory, StoreMemo.None).AllAsync(CancellationToken.None).GetAwaiter().GetResult();
        salary = new SalaryQuery(factory, StoreMemo.None).GetAsync(CancellationToken.None).GetAwaiter().GetResult();
        using var db = factory.CreateDbContext();
        stateNames = db.Areas.ToDictionary(a => a.Code, a => a.Name, StringComparer.Ordinal);
        var sources = SourceLookup.LoadAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        stateAndNationalWages = WageSelection.PreferredAsync(db, sources, CancellationToken.None).GetAwaiter().GetResult();
        training = new TrainingTokens(db, sources);
        prices = new PriceTokens(PriceAdjustment.ForAllStatesAsync(db, sources, CancellationToken.None).GetAwaiter().GetResult(), stateAndNationalWages, stateNames);
    }

    public TokenValue Resolve(string expression)
    {
        var parts = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts switch
        {
            ["wage", var area, var measure] => Wage(area, measure, WageSelection.MedicalAssistant),
            ["wage", var area, var measure, var role] => Wage(area, measure, role),
            ["projection", var measure] => ProjectionValue(measure, WageSelection.MedicalAssistant),
            ["projection", var measure, var role] => ProjectionValue(measure, role),
            ["training", var route, var attribute] => training.Training(route, attribute),
            ["credential", var id, var measure] => training.Credential(id, measure),
            ["price", var area, var measure] => prices.Price(area, measure),
            ["adjusted", var area] => prices.Adjusted(area),
            ["table", "wages-by-state"] => new TokenValue { TableHtml = WagesByState() },
            ["table", "wages-by-industry"] => new TokenValue { TableHtml = WagesByIndustry() },
            ["table", "compare-roles"] => new TokenValue { TableHtml = CompareRoles(roles) },
            ["table", "compare", var role] => roles.FirstOrDefault(r => r.Slug == role) is { } other && other.Slug != WageSelection.MedicalAssistant
                ? new TokenValue { TableHtml = CompareRoles([roles[0], other]) }
                : TokenValue.Error($"no role \"{role}\" to compare (roles: {string.Join(", ", roles.Skip(1).Select(r => r.Slug))})"),
            _ => TokenValue.Error("unknown token; see content/README.md for the tokens you can use"),
        };
    }

    private TokenValue Wage(string area, string measure, string roleSlug)
    {
        var role = roles.FirstOrDefault(r => r.Slug == roleSlug);
        if (role is null)
        {
            return TokenValue.Error($"no role \"{roleSlug}\"");
        }

        var code = area == "national" ? DataSetReader.NationalCode : area.ToUpperInvariant();
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
        var row = Trust.Headline(rows.Where(w => Pick(w, measure) is not null), w => w.Tier, w => w.Year);
        if (row is null || Pick(row, measure) is not { } value)
        {
            return TokenValue.Error($"the data has no {measure} for {role.Name.ToLowerInvariant()} in {areaName}");
        }

        var text = split[0] == "employment" ? Formats.Count((long)value) : split[1] == "annual" ? Formats.Annual(value) : Formats.Hourly(value);
        var label = split[0] switch
        {
            "employment" => "Employment",
            "mean" => "Mean (average) " + (split[1] == "annual" ? "annual" : "hourly") + " wage",
            "median" => "Median " + (split[1] == "annual" ? "annual" : "hourly") + " wage",
            _ => $"{split[0][1..]}th percentile {(split[1] == "annual" ? "annual" : "hourly")} wage",
        };
        return Figure(text, $"{label}, {role.Name.ToLowerInvariant()}, {areaName}, {row.PeriodInWords}", row.Source);
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
        if (roles.FirstOrDefault(r => r.Slug == roleSlug) is not { Outlook: { } outlook } role)
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

        return Figure(text, $"Employment projection {outlook.BaseYear}–{outlook.TargetYear}, {role.Name.ToLowerInvariant()}, United States ({measure.Replace('_', ' ')})", outlook.Source);
    }

    /// <summary>
    /// A figure token: the text, what it is, its source, and how sure we are in words (the tier the source carries,
    /// or official/reported by the source's kind), so guide prose never has to attribute the figure itself.
    /// </summary>
    internal static TokenValue Figure(string text, string what, SourceRef source)
    {
        var figure = source.Tier is null ? source.ForSingleFigure() : source;
        return new()
        {
            Text = text,
            What = what,
            SourceText = $"{Trust.SourceInWords(source.Kind, source.Publisher)}, “{source.Title}”{(source.Period.Length > 0 ? $", {source.Period}" : "")}",
            SourceUrl = source.Url,
            SourceKind = figure.TrustInWords,
            Tier = figure.Tier,
        };
    }

    private string WagesByState()
    {
        var html = new StringBuilder();
        html.Append("<div class=\"app-table-wrap\"><table class=\"app-table\"><caption>Medical assistant pay by state: the newest figure we hold for each state, with its source. ")
            .Append(Encoder.Encode($"{salary.StatesWithoutPay} states have no pay figure in our data yet."))
            .Append(" <a href=\"").Append(SiteLinks.SalaryStates()).Append("\">Map and full table on the pay-by-state page</a></caption>")
            .Append("<thead><tr><th scope=\"col\">State</th><th scope=\"col\">Typical pay</th><th scope=\"col\">Period</th><th scope=\"col\">Source</th></tr></thead><tbody>");
        foreach (var state in salary.States)
        {
            var (value, measure) = state.Figures.TypicalAnnual!.Value;
            html.Append("<tr><th scope=\"row\"><a href=\"/states/").Append(state.Code.ToLowerInvariant()).Append("\">").Append(Encoder.Encode(state.Name)).Append("</a></th>")
                .Append("<td>").Append(Encoder.Encode($"{Formats.Annual(value)} ({measure})")).Append("</td>")
                .Append("<td>").Append(Encoder.Encode(state.Figures.PeriodInWords)).Append("</td>")
                .Append("<td>").Append(SourceCell(state.Figures.Source)).Append("</td></tr>");
        }

        return html.Append("</tbody></table></div>").ToString();
    }

    private string WagesByIndustry()
    {
        var html = new StringBuilder();
        html.Append("<div class=\"app-table-wrap\"><table class=\"app-table\"><caption>Medical assistant pay by work setting (annual mean wage), with its source</caption>")
            .Append("<thead><tr><th scope=\"col\">Setting</th><th scope=\"col\">Mean pay</th><th scope=\"col\">Period</th><th scope=\"col\">Source</th></tr></thead><tbody>");
        foreach (var setting in salary.Settings.Where(s => s.AnnualMean is not null))
        {
            html.Append("<tr><th scope=\"row\">").Append(Encoder.Encode(setting.Industry)).Append("</th>")
                .Append("<td>").Append(Encoder.Encode(Formats.Annual(setting.AnnualMean!.Value))).Append("</td>")
                .Append("<td>").Append(Encoder.Encode(setting.Period.Length > 0 ? setting.Period : "not stated")).Append("</td>")
                .Append("<td>").Append(SourceCell(setting.Source)).Append("</td></tr>");
        }

        return html.Append("</tbody></table></div>").ToString();
    }

    /// <summary>The comparison table, shared with the compare pages' look: one row per fact, one column per role.</summary>
    public static string CompareRoles(IReadOnlyList<RoleProfile> shown)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"app-table-wrap\"><table class=\"app-table app-table--compare\"><caption>")
            .Append(Encoder.Encode(shown.Count == 2 ? $"{shown[0].ShortName} and {Formats.InSentence(shown[1].ShortName)} side by side" : "Medical assistant and nearby roles side by side"))
            .Append(". Each cell names its source. <a href=\"/compare\">All comparisons</a></caption><thead><tr><th scope=\"col\">What</th>");
        foreach (var role in shown)
        {
            html.Append(role.Slug == WageSelection.MedicalAssistant
                ? $"<th scope=\"col\">{Encoder.Encode(role.ShortName)}</th>"
                : $"<th scope=\"col\"><a href=\"/compare/{role.Slug}\">{Encoder.Encode(role.ShortName)}</a></th>");
        }

        html.Append("</tr></thead><tbody>");
        void Row(string label, Func<RoleProfile, (string Text, SourceRef? Source)?> cell)
        {
            html.Append("<tr><th scope=\"row\">").Append(Encoder.Encode(label)).Append("</th>");
            foreach (var role in shown)
            {
                html.Append("<td>");
                if (cell(role) is { } value)
                {
                    html.Append(Encoder.Encode(value.Text));
                    if (value.Source is { } source)
                    {
                        html.Append("<br><span class=\"app-muted\">").Append(SourceCell(source)).Append("</span>");
                    }
                }
                else
                {
                    html.Append("<span class=\"app-muted\">No sourced figure yet</span>");
                }

                html.Append("</td>");
            }

            html.Append("</tr>");
        }

        (string, SourceRef?)? Fact(RoleProfile r, string attribute) => r.Fact(attribute) is { } f ? (f.Value, f.Source) : null;
        Row("Typical entry education", r => Fact(r, "entry_education"));
        Row("Training length", r => Fact(r, "training_length"));
        Row("License", r => Fact(r, "license"));
        Row("Median pay (national)", r => r.Pay?.TypicalAnnual is { } pay ? ($"{Formats.Annual(pay.Value)} ({pay.Measure}, {r.Pay.PeriodInWords})", r.Pay.Source) : null);
        Row("Projected growth", r => r.Outlook?.ChangePercent is { } change ? ($"{Formats.Percent(change)}, {r.Outlook.PeriodInWords}", r.Outlook.Source) : null);
        return html.Append("</tbody></table></div>").ToString();
    }

    private static string SourceCell(SourceRef source) =>
        $"<a href=\"{Encoder.Encode(source.Url)}\" rel=\"external\">{Encoder.Encode(source.Publisher)}</a> ({Encoder.Encode((source.Tier is null ? source.ForSingleFigure() : source).TrustInWords.ToLowerInvariant())})";
}
