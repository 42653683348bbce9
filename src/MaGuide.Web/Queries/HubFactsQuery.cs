using MaGuide.Web.Data;
using MaGuide.Web.Data.Vocabulary;
using MaGuide.Web.Infrastructure;

namespace MaGuide.Web.Queries;

/// <summary>One hub fact: a label, the figure in words (or a plain "no sourced figure"), and its source when there is one.</summary>
public sealed record HubFact(string Label, string Value, string Detail, SourceRef? Source);

/// <summary>The three facts the hub shows first: typical national pay, certificate-program length and cost.</summary>
public sealed record HubFacts(HubFact Pay, HubFact Length, HubFact Cost);

/// <summary>Reads the hub's three facts from the store: the national pay row shown on /salary, and the first certificate facts.</summary>
public sealed class HubFactsQuery(IDbContextFactory<MaGuideDb> factory, StoreMemo memo)
{
    public const string NoFigure = "No sourced figure yet";

    public Task<HubFacts> GetAsync(CancellationToken ct) => memo.GetAsync("HubFactsQuery.GetAsync", LoadGetAsync, ct);

    private async Task<HubFacts> LoadGetAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var sources = await SourceLookup.LoadAsync(db, ct);
        var national = WageSelection.Latest(await WageSelection.PreferredAsync(db, sources, ct, role: WellKnown.Occupation, area: WellKnown.NationalArea));
        var certificate = await db.TrainingFacts.Where(f => f.RouteId == "certificate").OrderBy(f => f.Id).ToListAsync(ct);
        var length = certificate.FirstOrDefault(f => f.Attribute == "length_months");
        var cost = certificate.FirstOrDefault(f => f.Attribute == "cost_usd");

        var pay = national?.TypicalAnnual is { } typical
            ? new HubFact("Typical pay", Formats.Annual(typical.Value), $"national {typical.Measure}, {national.PeriodInWords}", national.Source)
            : new HubFact("Typical pay", NoFigure, "", null);
        return new HubFacts(
            pay,
            length is null ? new HubFact("Certificate program length", NoFigure, "", null) : new HubFact("Certificate program length", length.Text, Period(length.Period), sources[length.SourceId].ForSingleFigure()),
            cost is null ? new HubFact("Certificate program cost", NoFigure, "", null) : new HubFact("One program's price", Cost(cost), cost.Note, sources[cost.SourceId].ForSingleFigure()));
    }

    private static string Period(string period) => period.Length > 0 ? period : "source undated";

    /// <summary>A single cost, or a range, in dollars; the words of the source when it printed no number.</summary>
    private static string Cost(TrainingFact fact) => (fact.Low, fact.High) switch
    {
        ({ } low, { } high) when low != high => $"{Formats.Dollars(low)} to {Formats.Dollars(high)}",
        ({ } low, _) => Formats.Dollars(low),
        _ => fact.Text,
    };
}
