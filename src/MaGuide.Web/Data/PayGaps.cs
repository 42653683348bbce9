using MaGuide.Web.Data.Vocabulary;

namespace MaGuide.Web.Data;

/// <summary>
/// Rules for states without a medical assistant pay figure: areas.csv says why in <c>pay_note</c> and may name the
/// nearest metro figures we hold in <c>pay_nearby_metros</c> (metro_wages.csv <c>area_name</c>s separated by <c>;</c>).
/// </summary>
public static class PayGaps
{
    public const char Separator = ';';

    /// <summary>The metro names of a <c>pay_nearby_metros</c> cell, trimmed, in the order written.</summary>
    public static IReadOnlyList<string> Split(string? cell) =>
        cell is null ? [] : [.. cell.Split(Separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>True when a wage row gives medical assistant pay for a dated period (any mean or median, hourly or annual).</summary>
    public static bool IsPayFigure(WageEstimate w) =>
        w.RoleSlug == WellKnown.Occupation && w.Year is not null &&
        (w.AnnualMedian ?? w.AnnualMean ?? w.HourlyMedian ?? w.HourlyMean) is not null;

    /// <summary>Reads <c>pay_nearby_metros</c>: every name must be a metro we hold, and the row must say why it has no figure.</summary>
    public static string ReadNearbyMetros(CsvRow row, IReadOnlySet<string> metroNames)
    {
        var cell = row.Text("pay_nearby_metros");
        foreach (var name in Split(cell).Where(n => !metroNames.Contains(n)))
        {
            row.Problem($"pay_nearby_metros \"{name}\" is not an area_name in metro_wages.csv");
        }

        if (cell.Length > 0 && row.Text("pay_note").Length == 0)
        {
            row.Problem("pay_nearby_metros is set but pay_note is empty: say in plain words why the state has no pay figure");
        }

        return cell;
    }

    /// <summary>A <c>pay_note</c> says a state has no figure, so it must not sit beside a figure in wages.csv.</summary>
    public static void CheckNotes(CsvTable? areas, IReadOnlyList<WageEstimate> wages)
    {
        if (areas is null)
        {
            return;
        }

        var withPay = wages.Where(IsPayFigure).Select(w => w.AreaCode).ToHashSet(StringComparer.Ordinal);
        foreach (var row in areas.Rows.Where(r => r.Text("pay_note").Length > 0 && withPay.Contains(r.Text("code"))))
        {
            row.Problem($"pay_note says there is no pay figure, but wages.csv has one for {row.Text("code")}; remove the note");
        }
    }
}
