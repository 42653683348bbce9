using MaGuide.Web.Content;
using MaGuide.Web.Content.Pipeline;

namespace MaGuide.Web.Tests.Content.Pipeline;

/// <summary>Runs chosen steps of the guide pipeline on some Markdown, as the standard pipeline would run them.</summary>
internal static class Steps
{
    public const string Path = "content/guides/t.md";

    public static GuideDraft Run(string markdown, params IGuideStep[] steps)
    {
        var guide = new GuideDraft(markdown, Path, []);
        foreach (var step in steps.Prepend(new ParseStep()))
        {
            step.Run(guide);
        }

        return guide;
    }
}

/// <summary>A token source with a few figures (some with a period) and one table, to test the token step on its own (the real source is tested in Pages).</summary>
internal sealed class FixedTokens : IDataTokenSource
{
    public TokenValue Resolve(DataToken token) => token switch
    {
        WageToken { Area: "national", Measure: "median_annual" } => new() { Text = "$42,000 a year", What = "Median annual wage", SourceText = "BLS", SourceUrl = "https://www.bls.gov/oes/", SourceKind = "Official" },
        WageToken { Area: "national", Measure: "median_hourly" } => new() { Text = "$20.19 an hour", What = "Median hourly wage", SourceText = "BLS", SourceUrl = "https://www.bls.gov/oes/", SourceKind = "Official", Period = "May 2023" },
        WageToken { Area: "national", Measure: "mean_annual" } => new() { Text = "$43,350 a year", What = "Mean annual wage", SourceText = "BLS", SourceUrl = "https://www.bls.gov/oes/", SourceKind = "Official", Period = "May 2023" },
        WageToken { Area: "tx" } => new() { Text = "$38,000 a year", What = "TX mean", SourceText = "BLS", SourceUrl = "https://www.bls.gov/oes/", SourceKind = "Official", Period = "May 2019" },
        ProjectionToken { Measure: "change_percent" } => new() { Text = "12%", What = "Change", SourceText = "BLS", SourceUrl = "https://www.bls.gov/emp/", SourceKind = "Official", Period = "2024–2034 projection" },
        ProjectionToken { Measure: "target_year" } => new() { Text = "2034", What = "Target year", SourceText = "BLS", SourceUrl = "https://www.bls.gov/emp/", SourceKind = "Official" },
        WageToken { Area: "ca" } => new() { Text = "<$50,000>", What = "CA median", SourceText = "BLS", SourceUrl = "https://www.bls.gov/oes/", SourceKind = "Official" },
        TableToken { Kind: TableKind.WagesByIndustry } => new() { TableHtml = "<table class=\"fixed\"></table>" },
        UnknownToken unknown => TokenValue.Error(unknown.Problem),
        _ => TokenValue.Error("not in the fixed set"),
    };
}
