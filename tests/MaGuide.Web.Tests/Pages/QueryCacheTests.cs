using System.Net;
using System.Reflection;
using MaGuide.Web.Pages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Razor.Hosting;
using Microsoft.AspNetCore.Routing.Patterns;

namespace MaGuide.Web.Tests.Pages;

/// <summary>The output cache varies only on the query keys a page declares, so no query string can bust it.</summary>
[Collection(SiteTests.Name)]
public sealed class QueryCacheTests(SiteFactory site)
{
    [Theory]
    [InlineData("/salary")]
    [InlineData("/guides/faq")]
    [InlineData("/states/tx")]
    [InlineData("/data/wages.csv")]
    [InlineData("/sitemap.xml")]
    public async Task An_unknown_query_key_gets_the_cached_page(string path)
    {
        var client = site.CreateReader();
        var plain = await client.GetStringAsync(path);

        var busted = await client.GetAsync($"{path}?u={Guid.NewGuid():n}");

        Assert.True(busted.Headers.Age is not null, $"{path}?u=... was rendered afresh instead of served from the cache");
        Assert.Equal(plain, await busted.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_declared_query_key_still_varies_the_page()
    {
        var byName = await site.CreateReader().GetStringAsync("/salary/states?sort=name");
        var byPay = await site.CreateReader().GetStringAsync("/salary/states?sort=pay&u=1");

        Assert.NotEqual(byName, byPay);
    }

    /// <summary>The framework's cache key writes <c>a=</c> and a missing <c>a</c> alike; an empty form must still get its message.</summary>
    [Fact]
    public async Task A_declared_key_sent_empty_is_not_answered_with_the_page_cached_without_it()
    {
        var client = site.CreateReader();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/states")).StatusCode);
        Assert.NotNull((await client.GetAsync("/states")).Headers.Age);

        var empty = await client.GetAsync("/states?a=&b=");

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Choose two states", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var unknownEmpty = await client.GetAsync("/states?u=");
        Assert.NotNull(unknownEmpty.Headers.Age);
    }

    /// <summary>A page that reads a query key it has not declared would be served to everyone as the first reader's variant.</summary>
    [Fact]
    public void Every_query_key_a_page_reads_is_declared_for_the_output_cache()
    {
        var problems = new List<string>();
        foreach (var view in typeof(IHasPageMeta).Assembly.GetTypes().Where(t => typeof(Page).IsAssignableFrom(t) && !t.IsAbstract))
        {
            var model = view.GetProperty("Model")?.PropertyType;
            if (model is null || !typeof(PageModel).IsAssignableFrom(model))
            {
                continue;
            }

            var template = view.GetCustomAttributes<RazorCompiledItemMetadataAttribute>().FirstOrDefault(a => a.Key == "RouteTemplate")?.Value ?? "";
            var routeValues = RoutePatternFactory.Parse(template).Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var declared = model.GetCustomAttribute<OutputCacheAttribute>()?.VaryByQueryKeys ?? [];
            var read = model.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Where(m => m.Name.StartsWith("OnGet", StringComparison.Ordinal))
                .SelectMany(m => m.GetParameters())
                .Where(p => p.ParameterType != typeof(CancellationToken) && p.GetCustomAttribute<FromServicesAttribute>() is null)
                .Select(p => p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name!)
                .Concat(model.GetProperties().Where(p => p.GetCustomAttribute<BindPropertyAttribute>()?.SupportsGet == true).Select(p => p.Name))
                .Where(name => !routeValues.Contains(name));
            problems.AddRange(read.Where(key => !declared.Contains(key, StringComparer.OrdinalIgnoreCase)).Select(key => $"{model.Name} reads ?{key}"));
        }

        Assert.True(problems.Count == 0, "undeclared query keys (add [OutputCache(VaryByQueryKeys = [...])]): " + string.Join(", ", problems));
    }
}
