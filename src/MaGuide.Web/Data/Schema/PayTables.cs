using MaGuide.Web.Data.Import;

namespace MaGuide.Web.Data.Schema;

/// <summary>The pay and outlook tables: several sources may disagree on a key; one row per key is preferred.</summary>
public static partial class Tables
{
    public static readonly TableSchema<WageEstimate> Wages = new TableSchema<WageEstimate>("wages.csv", "Pay figures by role, area (US or state) and period, including alternative (non-preferred) rows; the JSON adds each row's trust tier and whether it is preferred.")
        .Ref("role", w => w.RoleSlug, "roles", "role")
        .Ref("area", w => w.AreaCode, "areas", "area (US or a state code in areas.csv)")
        .Add("period", w => w.Period, ColumnType.Text, (row, _) => Cells.Period(row, "period"))
        .Whole("employment", w => w.Employment).Bls("TOT_EMP", BlsNumber.Whole)
        .Hourly("hourly_mean", w => w.HourlyMean).Bls("H_MEAN", BlsNumber.Cents)
        .Hourly("hourly_p10", w => w.HourlyP10).Bls("H_PCT10", BlsNumber.Cents)
        .Hourly("hourly_p25", w => w.HourlyP25).Bls("H_PCT25", BlsNumber.Cents)
        .Hourly("hourly_median", w => w.HourlyMedian).Bls("H_MEDIAN", BlsNumber.Cents)
        .Hourly("hourly_p75", w => w.HourlyP75).Bls("H_PCT75", BlsNumber.Cents)
        .Hourly("hourly_p90", w => w.HourlyP90).Bls("H_PCT90", BlsNumber.Cents)
        .Annual("annual_mean", w => w.AnnualMean).Bls("A_MEAN", BlsNumber.Whole)
        .Annual("annual_p10", w => w.AnnualP10).Bls("A_PCT10", BlsNumber.Whole)
        .Annual("annual_p25", w => w.AnnualP25).Bls("A_PCT25", BlsNumber.Whole)
        .Annual("annual_median", w => w.AnnualMedian).Bls("A_MEDIAN", BlsNumber.Whole)
        .Annual("annual_p75", w => w.AnnualP75).Bls("A_PCT75", BlsNumber.Whole)
        .Annual("annual_p90", w => w.AnnualP90).Bls("A_PCT90", BlsNumber.Whole)
        .Number("employment_per_1000", w => w.EmploymentPer1000, 0, 1000).Bls("JOBS_1000", BlsNumber.Ratio)
        .Number("location_quotient", w => w.LocationQuotient, 0, 100).Bls("LOC_QUOTIENT", BlsNumber.Ratio)
        .Source(w => w.SourceId)
        .Text("preferred_because", w => w.PreferredBecause)
        .Add("period_inferred", w => w.PeriodInferred, ColumnType.Flag, (row, _) => Cells.OptionalFlag(row, "period_inferred"))
        .Text("note", w => w.Note)
        .Derive(w => w.Year, w => Cells.YearOf(w.Period))
        .Check((row, w, _) =>
        {
            Cells.CheckOrder(row, "hourly", [w.HourlyP10, w.HourlyP25, w.HourlyMedian, w.HourlyP75, w.HourlyP90]);
            Cells.CheckOrder(row, "annual", [w.AnnualP10, w.AnnualP25, w.AnnualMedian, w.AnnualP75, w.AnnualP90]);
        })
        .Must("role", "area", "period", "annual_median", "source_id")
        .Preferred(["role", "area", "period"], w => $"{w.RoleSlug} {w.AreaCode} {w.Period}", w => w.PreferredBecause)
        .Computed("tier", w => w.Tier).Computed("preferred", w => w.Preferred)
        .Download(rows => rows.OrderBy(w => w.Id));

    public static readonly TableSchema<MetroWage> MetroWages = new TableSchema<MetroWage>("metro_wages.csv", "Medical assistant pay in large metropolitan areas.")
        .Ref("role", w => w.RoleSlug, "roles", "role")
        .Required("area_name", w => w.AreaName)
        .Add("period", w => w.Period, ColumnType.Text, (row, _) => Cells.Period(row, "period"))
        .Whole("employment", w => w.Employment).Bls("TOT_EMP", BlsNumber.Whole)
        .Hourly("hourly_mean", w => w.HourlyMean).Bls("H_MEAN", BlsNumber.Cents)
        .Annual("annual_mean", w => w.AnnualMean).Bls("A_MEAN", BlsNumber.Whole)
        .Annual("annual_median", w => w.AnnualMedian).Bls("A_MEDIAN", BlsNumber.Whole)
        .Source(w => w.SourceId)
        .Text("preferred_because", w => w.PreferredBecause)
        .Text("note", w => w.Note)
        .Derive(w => w.Year, w => Cells.YearOf(w.Period))
        .Must("role", "area_name", "period", "source_id")
        .Preferred(["role", "area_name", "period"], w => $"{w.RoleSlug} {w.AreaName} {w.Period}", w => w.PreferredBecause)
        .Provides("metros", w => w.AreaName)
        .Computed("tier", w => w.Tier).Computed("preferred", w => w.Preferred)
        .Download(rows => rows.OrderBy(w => w.Id));

    public static readonly TableSchema<IndustryWage> IndustryWages = new TableSchema<IndustryWage>("industry_wages.csv", "Medical assistant pay by work setting (industry).")
        .Ref("role", w => w.RoleSlug, "roles", "role")
        .Required("industry_name", w => w.IndustryName)
        .Text("naics", w => w.Naics)
        .Add("period", w => w.Period, ColumnType.Text, (row, _) => Cells.Period(row, "period"))
        .Whole("employment", w => w.Employment).Bls("TOT_EMP", BlsNumber.Whole)
        .Hourly("hourly_mean", w => w.HourlyMean).Bls("H_MEAN", BlsNumber.Cents)
        .Annual("annual_mean", w => w.AnnualMean).Bls("A_MEAN", BlsNumber.Whole)
        .Source(w => w.SourceId)
        .Text("preferred_because", w => w.PreferredBecause)
        .Text("note", w => w.Note)
        .Derive(w => w.Year, w => Cells.YearOf(w.Period))
        .Must("role", "industry_name", "period", "source_id")
        .Preferred(["role", "industry_name", "period"], w => $"{w.RoleSlug} {w.IndustryName} {w.Period}", w => w.PreferredBecause)
        .Computed("tier", w => w.Tier).Computed("preferred", w => w.Preferred)
        .Download(rows => rows.OrderBy(w => w.Id));

    public static readonly TableSchema<Projection> Projections = new TableSchema<Projection>("projections.csv", "Employment projections by role, including conflicting rows.")
        .Ref("role", p => p.RoleSlug, "roles", "role")
        .Whole("base_year", p => p.BaseYear, 1990, 2100)
        .Whole("target_year", p => p.TargetYear, 1990, 2100)
        .Whole("employment_base", p => p.EmploymentBase)
        .Whole("employment_target", p => p.EmploymentTarget)
        .Add("change_number", p => p.ChangeNumber, ColumnType.Whole, (row, _) => Cells.SignedWhole(row, "change_number"))
        .Number("change_percent", p => p.ChangePercent, -100, 1000)
        .Whole("annual_openings", p => p.AnnualOpenings)
        .Source(p => p.SourceId)
        .Text("preferred_because", p => p.PreferredBecause)
        .Text("note", p => p.Note)
        .Check((row, p, _) =>
        {
            if (p.BaseYear == 0 || p.TargetYear == 0)
            {
                row.Problem("base_year and target_year are both required");
            }
            else if (p.TargetYear <= p.BaseYear)
            {
                row.Problem($"target_year {p.TargetYear} must be after base_year {p.BaseYear}");
            }
        })
        .Must("role", "base_year", "target_year", "change_percent", "source_id")
        .Preferred(["role", "base_year", "target_year"], p => $"{p.RoleSlug} {p.BaseYear}-{p.TargetYear}", p => p.PreferredBecause)
        .Computed("tier", p => p.Tier).Computed("preferred", p => p.Preferred)
        .Download(rows => rows.OrderBy(p => p.Id));
}
