using MaGuide.Web.Data;

namespace MaGuide.Web.Queries;

/// <summary>How one credential answers "can I sit your exam?" for one training background.</summary>
public enum EligibilityVerdict
{
    /// <summary>At least one route serves the background (the reader must still meet its requirement).</summary>
    MayQualify,

    /// <summary>A route serves the background but asks for more years of work than the reader has.</summary>
    NeedsMoreYears,

    /// <summary>We hold routes for the credential, but none for this background.</summary>
    NoRouteForBackground,

    /// <summary>We hold no sourced eligibility route for the credential at all.</summary>
    NoSourcedRoutes,
}

/// <summary>The answer for one credential: the verdict, the routes that fit, and the years a route would need.</summary>
public sealed record EligibilityAnswer(string CredentialId, EligibilityVerdict Verdict, IReadOnlyList<CredentialRoute> Routes, int? YearsNeeded);

/// <summary>Matches a training background (and years of work) against a credential's eligibility routes, which are data rows.</summary>
public static class Eligibility
{
    public static EligibilityAnswer Evaluate(string credentialId, IReadOnlyList<CredentialRoute> routes, string background, int yearsWorked)
    {
        var own = routes.Where(r => r.CredentialId == credentialId).ToList();
        if (own.Count == 0)
        {
            return new(credentialId, EligibilityVerdict.NoSourcedRoutes, [], null);
        }

        var matching = own.Where(r => r.Background == background).ToList();
        if (matching.Count == 0)
        {
            return new(credentialId, EligibilityVerdict.NoRouteForBackground, [], null);
        }

        var met = matching.Where(r => r.MinYears is null || yearsWorked >= r.MinYears).ToList();
        return met.Count > 0
            ? new(credentialId, EligibilityVerdict.MayQualify, met, null)
            : new(credentialId, EligibilityVerdict.NeedsMoreYears, matching, matching.Min(r => r.MinYears));
    }
}
