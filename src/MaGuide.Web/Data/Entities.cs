using MaGuide.Web.Data.Trust;

namespace MaGuide.Web.Data;

/// <summary>A document that figures, rules or guides rest on.</summary>
public sealed class Source
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public required string Publisher { get; init; }
    public required string Url { get; init; }
    public string Period { get; init; } = "";
    public string Retrieved { get; init; } = "";
    public string Note { get; init; } = "";

    /// <summary>Ids of sources this one copies, quotes or may be circular with, separated by <c>;</c>; such sources never count as independent.</summary>
    public string DerivedFrom { get; init; } = "";
}

/// <summary>The United States (code US) or a state or DC, with its medical board and how sure we are of its scope rules.</summary>
public sealed class Area
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string Slug { get; init; }
    public bool IsState { get; init; }
    public string? BoardName { get; init; }
    public string? BoardUrl { get; init; }
    public string? BoardRegulates { get; init; }
    public string? BoardSourceId { get; init; }
    public string? BoardNote { get; init; }

    /// <summary>The state's overall label (solid, moderate, thin or none), computed by <see cref="Trust.Trust.StateLabel"/> from its rules.</summary>
    public string? ScopeConfidence { get; set; }

    /// <summary>The source row of the board's (or credentialing agency's) page on delegation to medical assistants or unlicensed staff, where one was found.</summary>
    public string? BoardDelegationSourceId { get; init; }

    /// <summary>Why no pay figure is held for this state, in plain words; empty when a figure is held.</summary>
    public string? PayNote { get; init; }

    /// <summary>Metro <c>area_name</c>s from metro_wages.csv nearest to a state without a figure, separated by <c>;</c>.</summary>
    public string? PayNearbyMetros { get; init; }
}

/// <summary>An occupation the site compares with the medical assistant.</summary>
public sealed class Role
{
    public required string Slug { get; init; }
    public required string SocCode { get; init; }
    public required string Name { get; init; }
    public required string ShortName { get; init; }
    public required string Summary { get; init; }
    public required string SourceId { get; init; }
}

/// <summary>One sourced fact about a role, e.g. its typical entry education.</summary>
public sealed class RoleFact
{
    public int Id { get; init; }
    public required string RoleSlug { get; init; }
    public required string Attribute { get; init; }
    public required string Value { get; init; }
    public required string SourceId { get; init; }
    public string Note { get; init; } = "";

    /// <summary>Computed by <see cref="Trust.Trust"/> from the source and any agreeing rows.</summary>
    public TrustTier Tier { get; set; }
}

/// <summary>A task whose legal status varies by state, e.g. giving injections.</summary>
public sealed class ScopeTask
{
    public required string Key { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public int Order { get; init; }
}

/// <summary>What one state's law or board says about one task, with its citation and our confidence.</summary>
public sealed class ScopeRule
{
    public int Id { get; init; }
    public required string StateCode { get; init; }
    public required string TaskKey { get; init; }
    public required string Status { get; init; }
    public string Conditions { get; init; } = "";
    public string Credential { get; init; } = "";
    public string Supervision { get; init; } = "";
    public string Citation { get; init; } = "";
    public string? SourceId { get; init; }

    /// <summary>Computed by <see cref="Trust.Trust.RankRules"/>: solid, moderate or thin; none when the status is unknown.</summary>
    public string Confidence { get; set; } = Confidences.None;

    /// <summary>Computed with the confidence; null when the status is unknown.</summary>
    public TrustTier? Tier { get; set; }
    public string Note { get; init; } = "";

    /// <summary>Computed by <see cref="Trust.Trust"/>: the row shown for its key.</summary>
    public bool Preferred { get; set; }

    /// <summary>An editor's written reason for preferring this row over the computed choice; empty when computed.</summary>
    public string PreferredBecause { get; init; } = "";

    /// <summary>One plain-language sentence saying what the rule's own cells say.</summary>
    public string Summary { get; init; } = "";
}

/// <summary>BEA regional price parity for a state (U.S. = 100).</summary>
public sealed class PriceParity
{
    public required string StateCode { get; init; }
    public int Year { get; init; }
    public decimal AllItems { get; init; }
    public decimal Goods { get; init; }
    public decimal ServicesHousing { get; init; }
    public required string SourceId { get; init; }

    /// <summary>Computed by <see cref="Trust.Trust"/> from the source and any agreeing rows.</summary>
    public TrustTier Tier { get; set; }
}

/// <summary>One row: which CSV contents the store was built from, so an unchanged start-up skips the rebuild.</summary>
public sealed class StoreInfo
{
    public int Id { get; init; }
    public required string InputHash { get; init; }
    public DateTime BuiltAtUtc { get; init; }
}

/// <summary>
/// One CSV of content/data exactly as the store was built from it (name such as <c>wages.csv</c>, raw bytes), so
/// /data/{table}.csv serves the repository file byte for byte.
/// </summary>
public sealed class DataFile
{
    public required string Name { get; init; }
    public required byte[] Bytes { get; init; }
}
