namespace MaGuide.Web.Content;

/// <summary>
/// The data-token grammar: what an editor may write between <c>{{</c> and <c>}}</c> in a guide, read into a typed
/// token. Resolving it against the data is the job of an <see cref="IDataTokenSource"/>; the grammar knows no data.
/// <list type="bullet">
/// <item><c>wage AREA MEASURE [ROLE]</c> (<see cref="WageToken"/>), <c>projection MEASURE [ROLE]</c></item>
/// <item><c>training ROUTE ATTRIBUTE</c>, <c>credential ID MEASURE</c></item>
/// <item><c>price AREA rpp|year</c>, <c>adjusted AREA [median|mean]</c></item>
/// <item><c>table wages-by-state | wages-by-industry | compare-roles | compare ROLE</c> (<see cref="TableToken"/>)</item>
/// </list>
/// Anything else is an <see cref="UnknownToken"/>; see content/README.md for what each word may be.
/// </summary>
public abstract record DataToken
{
    /// <summary>The role a figure is about when the token names none.</summary>
    public const string DefaultRole = "medical-assistant";

    /// <summary>Reads <paramref name="expression"/> (the text between the braces, trimmed); never throws.</summary>
    public static DataToken Parse(string expression) =>
        expression.Split(' ', StringSplitOptions.RemoveEmptyEntries) switch
        {
            ["wage", var area, var measure] => new WageToken(area, measure, DefaultRole),
            ["wage", var area, var measure, var role] => new WageToken(area, measure, role),
            ["projection", var measure] => new ProjectionToken(measure, DefaultRole),
            ["projection", var measure, var role] => new ProjectionToken(measure, role),
            ["training", var route, var attribute] => new TrainingToken(route, attribute),
            ["credential", var id, var measure] => new CredentialToken(id, measure),
            ["price", var area, var measure] => new PriceToken(area, measure),
            ["adjusted", var area] => new AdjustedToken(area),
            ["adjusted", var area, var statistic] => new AdjustedToken(area, statistic),
            ["table", "wages-by-state"] => new TableToken(TableKind.WagesByState),
            ["table", "wages-by-industry"] => new TableToken(TableKind.WagesByIndustry),
            ["table", "compare-roles"] => new TableToken(TableKind.CompareRoles),
            ["table", "compare", var role] => new TableToken(TableKind.Compare, role),
            _ => new UnknownToken("unknown token; see content/README.md for the tokens you can use"),
        };
}

/// <summary>A pay figure: <c>AREA</c> is <c>national</c> or a state code; <c>MEASURE</c> e.g. <c>median_annual</c>.</summary>
public sealed record WageToken(string Area, string Measure, string Role) : DataToken;

/// <summary>An employment projection figure, e.g. <c>change_percent</c>.</summary>
public sealed record ProjectionToken(string Measure, string Role) : DataToken;

/// <summary>A training route's fact, e.g. <c>training certificate length_months</c>.</summary>
public sealed record TrainingToken(string Route, string Attribute) : DataToken;

/// <summary>A credential's fact: <c>exam_fee</c>, <c>renewal</c> or <c>renewal_years</c>.</summary>
public sealed record CredentialToken(string Id, string Measure) : DataToken;

/// <summary>A state's regional price parity (<c>rpp</c>) or its year.</summary>
public sealed record PriceToken(string Area, string Measure) : DataToken;

/// <summary>
/// A state's pay adjusted for its price level: its headline typical pay, or with <paramref name="Statistic"/>
/// ("median" or "mean") the best figure of that statistic, so the prose around it can name the statistic.
/// </summary>
public sealed record AdjustedToken(string Area, string? Statistic = null) : DataToken;

/// <summary>A whole table, standing alone on its line; <see cref="Role"/> is set for <see cref="TableKind.Compare"/>.</summary>
public sealed record TableToken(TableKind Kind, string? Role = null) : DataToken;

/// <summary>Text the grammar does not know; <see cref="Problem"/> says so.</summary>
public sealed record UnknownToken(string Problem) : DataToken;

/// <summary>The tables a guide may embed; each renders with the Razor component its site page uses.</summary>
public enum TableKind
{
    /// <summary>Pay by state, as on /salary/states.</summary>
    WagesByState,

    /// <summary>Pay by work setting, as on /salary/settings.</summary>
    WagesByIndustry,

    /// <summary>Medical assistant and every nearby role, as on the compare pages.</summary>
    CompareRoles,

    /// <summary>Medical assistant and one other role, as on /compare/ROLE.</summary>
    Compare,
}
