namespace MaGuide.Web.Data;

/// <summary>The U.S. Census Bureau division and region a state (or DC) belongs to (content/data/census_divisions.csv).</summary>
public sealed class CensusDivision
{
    public required string StateCode { get; init; }

    /// <summary>One of the nine divisions, e.g. "Pacific" (<see cref="CensusDivisions.Regions"/> lists them).</summary>
    public required string Division { get; init; }

    /// <summary>The region of the division: Northeast, Midwest, South or West.</summary>
    public required string Region { get; init; }

    public required string SourceId { get; init; }
}

/// <summary>The divisions census_divisions.csv may name (its rules are in <see cref="Schema.Tables.CensusDivisionRows"/>).</summary>
public static class CensusDivisions
{
    /// <summary>The nine Census divisions and the region each belongs to.</summary>
    public static readonly IReadOnlyDictionary<string, string> Regions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["New England"] = "Northeast",
        ["Middle Atlantic"] = "Northeast",
        ["East North Central"] = "Midwest",
        ["West North Central"] = "Midwest",
        ["South Atlantic"] = "South",
        ["East South Central"] = "South",
        ["West South Central"] = "South",
        ["Mountain"] = "West",
        ["Pacific"] = "West",
    };
}
