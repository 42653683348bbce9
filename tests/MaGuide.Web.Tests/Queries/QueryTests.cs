using MaGuide.Web.Data;
using MaGuide.Web.Queries;
using Microsoft.EntityFrameworkCore;

namespace MaGuide.Web.Tests.Queries;

/// <summary>Queries over a store built from the small fixture, whose every value is known.</summary>
public sealed class QueryTests
{
    private static readonly Lazy<IDbContextFactory<MaGuideDb>> Store = new(() => BuiltStores.ReadOnly(Fixtures.Good));

    [Fact]
    public async Task Salary_report_uses_the_preferred_national_row_with_its_percentiles()
    {
        var report = await new SalaryQuery(Store.Value, StoreMemoTests.Off).GetAsync(CancellationToken.None);

        var national = Assert.IsType<WageFigures>(report.National);
        Assert.Equal(44720m, national.AnnualMedian);
        Assert.Equal(33280m, national.AnnualP10);
        Assert.Equal(58240m, national.AnnualP90);
        Assert.Equal(21.50m, national.HourlyMedian);
        Assert.Equal("May 2024", national.Period);
        Assert.Equal("good-source", national.Source.Id);
        Assert.Equal(["CA"], report.States.Select(s => s.Code));
        Assert.Equal(1, report.StatesWithoutPay);
        Assert.Equal(50000m, Assert.Single(report.Settings).AnnualMean);
    }

    [Fact]
    public async Task State_profile_joins_pay_national_pay_board_and_every_task()
    {
        var profile = await new StateQuery(Store.Value, StoreMemoTests.Off).ProfileAsync("CA", CancellationToken.None);

        Assert.NotNull(profile);
        Assert.Equal("California", profile.Name);
        Assert.Equal(49000m, profile.Wage?.AnnualMedian);
        Assert.Equal(44720m, profile.NationalSamePeriod?.AnnualMedian);
        Assert.Equal("Medical Board of California", profile.Board?.Name);
        Assert.Equal(110.7m, profile.PriceParity?.AllItems);
        Assert.Equal(["injections", "registration-or-credential"], profile.Tasks.Select(t => t.TaskKey));
        var injections = profile.Tasks[0].Rule;
        Assert.Equal("allowed_with_conditions", injections?.Status);
        Assert.Equal("Cal. Bus. & Prof. Code 2069", injections?.Citation);
        Assert.Equal("Allowed after training, with a physician on site.", injections?.Summary);
        Assert.Null(profile.Tasks[1].Rule);
    }

    [Theory]
    [InlineData("ca", "CA")]
    [InlineData("CA", "CA")]
    [InlineData("new-york", "NY")]
    public async Task States_are_found_by_code_in_any_case_or_by_name(string input, string code)
    {
        var area = await new StateQuery(Store.Value, StoreMemoTests.Off).FindAreaAsync(input, CancellationToken.None);

        Assert.Equal(code, area?.Code);
    }

    [Theory]
    [InlineData("zz")]
    [InlineData("")]
    [InlineData("us")]
    [InlineData("' or 1=1 --")]
    public async Task Unknown_states_and_the_national_area_are_not_found(string input)
    {
        Assert.Null(await new StateQuery(Store.Value, StoreMemoTests.Off).FindAreaAsync(input, CancellationToken.None));
    }

    [Fact]
    public async Task A_task_lists_states_by_status_and_the_states_without_a_rule_among_the_unknown()
    {
        var result = await new ScopeQuery(Store.Value, StoreMemoTests.Off).TaskAsync("injections", CancellationToken.None);

        Assert.NotNull(result);
        Assert.Equal(["allowed_with_conditions", "unknown"], result.Groups.Select(g => g.Status));
        Assert.Equal("California", Assert.Single(result.Groups[0].Rules).StateName);
        Assert.Empty(result.StatesWithoutRule);
        var credential = await new ScopeQuery(Store.Value, StoreMemoTests.Off).TaskAsync("registration-or-credential", CancellationToken.None);
        Assert.Equal(["CA", "NY"], credential!.StatesWithoutRule.Select(s => s.Code));
        var (status, rules) = Assert.Single(credential.Groups, g => g.Status == "unknown");
        Assert.Equal(rules.Count + 2, credential.StateCount(status, rules));
    }

    [Fact]
    public async Task Comparisons_put_the_medical_assistant_first_with_facts_pay_and_outlook()
    {
        var roles = await new CompareQuery(Store.Value, StoreMemoTests.Off).AllAsync(CancellationToken.None);

        Assert.Equal(["medical-assistant", "cna"], roles.Select(r => r.Slug));
        Assert.Equal("About a year", roles[0].Fact("training_length")?.Value);
        Assert.Equal(44720m, roles[0].Pay?.AnnualMedian);
        Assert.Equal(12m, roles[0].Outlook?.ChangePercent);
        Assert.Equal(39000m, roles[1].Pay?.AnnualMedian);
        Assert.Null(roles[1].Outlook);
    }
}
