using MaGuide.Web.Infrastructure;
using MaGuide.Web.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace MaGuide.Web.Pages.Salary;

[OutputCache(VaryByQueryKeys = ["sort"])]
public sealed class IndexModel(SalaryQuery query) : PageModel, IHasPageMeta
{
    public SalaryReport Report { get; private set; } = default!;

    /// <summary>How the state table is sorted: name, pay or employment (links, so it works without JavaScript).</summary>
    public string Sort { get; private set; } = "name";

    public IReadOnlyList<StateWage> SortedStates { get; private set; } = [];

    public PageMeta Meta { get; private set; } = default!;

    public async Task OnGetAsync(string? sort, CancellationToken ct)
    {
        Report = await query.GetAsync(ct);
        Sort = sort is "pay" or "employment" ? sort : "name";
        SortedStates = Sort switch
        {
            "pay" => [.. Report.States.OrderByDescending(s => s.Figures.TypicalAnnual!.Value.Value)],
            "employment" => [.. Report.States.OrderByDescending(s => s.Figures.Employment ?? -1)],
            _ => Report.States,
        };
        var national = Report.National;
        Meta = new PageMeta
        {
            Title = "Medical assistant pay",
            Description = "What medical assistants earn in the United States: the national pay range, the trend by year, pay by work setting and by state, each with its source.",
            Path = "/salary",
            Breadcrumbs = [new("Home", "/"), new("Pay", null)],
            StructuredData = national?.AnnualMedian is { } median
                ? [new Dictionary<string, object>
                {
                    ["@context"] = "https://schema.org",
                    ["@type"] = "Occupation",
                    ["name"] = "Medical assistant",
                    ["occupationalCategory"] = "31-9092",
                    ["occupationLocation"] = new Dictionary<string, object> { ["@type"] = "Country", ["name"] = "United States" },
                    ["estimatedSalary"] = new Dictionary<string, object>
                    {
                        ["@type"] = "MonetaryAmountDistribution",
                        ["name"] = "base",
                        ["currency"] = "USD",
                        ["duration"] = "P1Y",
                        ["median"] = median,
                        ["percentile10"] = (object?)national.AnnualP10 ?? "",
                        ["percentile90"] = (object?)national.AnnualP90 ?? "",
                    },
                    ["sameAs"] = national.Source.Url,
                }]
                : [],
        };
    }

    /// <summary>Five colour bands over the states' typical pay, each also labelled in the tile so colour is never the only cue.</summary>
    public int Band(decimal value)
    {
        var values = Report.States.Select(s => s.Figures.TypicalAnnual!.Value.Value).Order().ToList();
        var rank = values.FindIndex(v => v >= value);
        return Math.Clamp(rank * 5 / Math.Max(1, values.Count), 0, 4);
    }

    /// <summary>Pay in thousands for a map tile: $45k.</summary>
    public static string InThousands(decimal value) => "$" + Math.Round(value / 1000m).ToString("0", Formats.Culture) + "k";
}
