using MaGuide.Web.Data.Trust;

namespace MaGuide.Web.Data;

/// <summary>OEWS-style wage figures for a role in an area and period, from one source.</summary>
public sealed class WageEstimate
{
    public int Id { get; init; }
    public required string RoleSlug { get; init; }
    public required string AreaCode { get; init; }
    public required string Period { get; init; }
    public int? Year { get; init; }
    public bool PeriodInferred { get; init; }
    public int? Employment { get; init; }
    public decimal? HourlyMean { get; init; }
    public decimal? HourlyP10 { get; init; }
    public decimal? HourlyP25 { get; init; }
    public decimal? HourlyMedian { get; init; }
    public decimal? HourlyP75 { get; init; }
    public decimal? HourlyP90 { get; init; }
    public decimal? AnnualMean { get; init; }
    public decimal? AnnualP10 { get; init; }
    public decimal? AnnualP25 { get; init; }
    public decimal? AnnualMedian { get; init; }
    public decimal? AnnualP75 { get; init; }
    public decimal? AnnualP90 { get; init; }
    public decimal? EmploymentPer1000 { get; init; }
    public decimal? LocationQuotient { get; init; }
    public required string SourceId { get; init; }
    public string Note { get; init; } = "";

    /// <summary>Computed by <see cref="Trust.Trust"/> from the source and any agreeing rows.</summary>
    public TrustTier Tier { get; set; }

    /// <summary>Computed by <see cref="Trust.Trust"/>: the row shown for its key.</summary>
    public bool Preferred { get; set; }

    /// <summary>An editor's written reason for preferring this row over the computed choice; empty when computed.</summary>
    public string PreferredBecause { get; init; } = "";
}

/// <summary>Pay in a metropolitan area.</summary>
public sealed class MetroWage
{
    public int Id { get; init; }
    public required string RoleSlug { get; init; }
    public required string AreaName { get; init; }
    public required string Period { get; init; }
    public int? Year { get; init; }
    public int? Employment { get; init; }
    public decimal? HourlyMean { get; init; }
    public decimal? AnnualMean { get; init; }
    public decimal? AnnualMedian { get; init; }
    public required string SourceId { get; init; }
    public string Note { get; init; } = "";

    /// <summary>Computed by <see cref="Trust.Trust"/> from the source and any agreeing rows.</summary>
    public TrustTier Tier { get; set; }

    /// <summary>Computed by <see cref="Trust.Trust"/>: the row shown for its key.</summary>
    public bool Preferred { get; set; }

    /// <summary>An editor's written reason for preferring this row over the computed choice; empty when computed.</summary>
    public string PreferredBecause { get; init; } = "";
}

/// <summary>Pay in an industry (work setting).</summary>
public sealed class IndustryWage
{
    public int Id { get; init; }
    public required string RoleSlug { get; init; }
    public required string IndustryName { get; init; }
    public string Naics { get; init; } = "";
    public required string Period { get; init; }
    public int? Year { get; init; }
    public int? Employment { get; init; }
    public decimal? HourlyMean { get; init; }
    public decimal? AnnualMean { get; init; }
    public required string SourceId { get; init; }
    public string Note { get; init; } = "";

    /// <summary>Computed by <see cref="Trust.Trust"/> from the source and any agreeing rows.</summary>
    public TrustTier Tier { get; set; }

    /// <summary>Computed by <see cref="Trust.Trust"/>: the row shown for its key.</summary>
    public bool Preferred { get; set; }

    /// <summary>An editor's written reason for preferring this row over the computed choice; empty when computed.</summary>
    public string PreferredBecause { get; init; } = "";
}

/// <summary>An employment projection over a ten-year span.</summary>
public sealed class Projection
{
    public int Id { get; init; }
    public required string RoleSlug { get; init; }
    public int BaseYear { get; init; }
    public int TargetYear { get; init; }
    public int? EmploymentBase { get; init; }
    public int? EmploymentTarget { get; init; }
    public int? ChangeNumber { get; init; }
    public decimal? ChangePercent { get; init; }
    public int? AnnualOpenings { get; init; }
    public required string SourceId { get; init; }
    public string Note { get; init; } = "";

    /// <summary>Computed by <see cref="Trust.Trust"/> from the source and any agreeing rows.</summary>
    public TrustTier Tier { get; set; }

    /// <summary>Computed by <see cref="Trust.Trust"/>: the row shown for its key.</summary>
    public bool Preferred { get; set; }

    /// <summary>An editor's written reason for preferring this row over the computed choice; empty when computed.</summary>
    public string PreferredBecause { get; init; } = "";
}
