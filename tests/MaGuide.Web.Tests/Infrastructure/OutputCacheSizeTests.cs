using MaGuide.Web.ContentFiles;
using MaGuide.Web.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MaGuide.Web.Tests.Infrastructure;

/// <summary><c>Site:OutputCacheMegabytes</c>: the output cache's size limit, for a small-memory host (docs/deploy.md).</summary>
public sealed class OutputCacheSizeTests(OutputCacheSizeTests.SmallCacheSite site) : IClassFixture<OutputCacheSizeTests.SmallCacheSite>
{
    public sealed class SmallCacheSite : SiteFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Site:OutputCacheMegabytes"] = "8" };
    }

    private static IConfiguration With(string? value) =>
        new ConfigurationBuilder().AddInMemoryCollection(value is null ? [] : [new("Site:OutputCacheMegabytes", value)]).Build();

    [Theory]
    [InlineData(null, 32)]
    [InlineData("", 32)]
    [InlineData("8", 8)]
    [InlineData("1024", 1024)]
    public void A_whole_number_of_megabytes_or_nothing_is_accepted(string? value, int expected) =>
        Assert.Equal(expected, SiteDefaults.OutputCacheMegabytes(With(value)));

    [Theory]
    [InlineData("0")]
    [InlineData("1025")]
    [InlineData("-8")]
    [InlineData("8.5")]
    [InlineData("8MB")]
    public void Anything_else_stops_start_up_naming_the_setting_and_the_range(string value)
    {
        var error = Assert.Throws<StartupException>(() => SiteDefaults.OutputCacheMegabytes(With(value)));

        Assert.Contains($"Site:OutputCacheMegabytes is \"{value}\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("from 1 to 1024", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_setting_is_the_output_caches_size_limit_in_bytes()
    {
        Assert.Equal(8L * 1024 * 1024, site.Services.GetRequiredService<IOptions<OutputCacheOptions>>().Value.SizeLimit);
    }
}
