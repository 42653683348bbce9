using System.Net;
using MaGuide.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace MaGuide.Web.Tests.Data;

/// <summary>The site with no output cache and no query memo (every page reads the store), and no file watcher (the test drives repair).</summary>
public sealed class UncachedSite : SiteFactory
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Site:OutputCache"] = "false",
        ["Store:WatchSeconds"] = "0",
        ["Store:MemoizeQueries"] = "false",
    };
}

/// <summary>Damage to the store while serving is reported by /healthz and healed without a restart.</summary>
public sealed class StoreFaultTests(UncachedSite site) : IClassFixture<UncachedSite>
{
    private static readonly string[] Pages = ["/states/tx", "/salary", "/compare/rn", "/scope/injections", "/data/wages.json"];

    private string ServedFile => site.Services.GetRequiredService<StoreFile>().Path;

    private async Task AssertHealedAsync(string fault, bool reportedFirst = true)
    {
        var client = site.CreateReader();
        var health = await client.GetAsync("/healthz");
        Assert.True(!reportedFirst || health.StatusCode == HttpStatusCode.ServiceUnavailable, $"{fault}: /healthz answered {(int)health.StatusCode} {await health.Content.ReadAsStringAsync()}");

        var deadline = DateTime.UtcNow.AddSeconds(30);
        var statuses = "";
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            var answers = new List<HttpStatusCode> { (await client.GetAsync("/healthz")).StatusCode };
            foreach (var page in Pages)
            {
                answers.Add((await client.GetAsync(page)).StatusCode);
            }

            statuses = string.Join(",", answers.Select(a => (int)a));
            if (answers.All(a => a == HttpStatusCode.OK))
            {
                return;
            }
        }

        Assert.Fail($"{fault}: not healed after 30 s (healthz and pages answered {statuses})");
    }

    [Fact]
    public async Task A_deleted_truncated_corrupted_or_restored_store_is_reported_and_healed_without_a_restart()
    {
        var client = site.CreateReader();
        foreach (var page in Pages)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
        }

        SqliteConnection.ClearAllPools();
        var good = await File.ReadAllBytesAsync(ServedFile);

        File.Delete(ServedFile);
        await AssertHealedAsync("deleted");

        await using (var file = new FileStream(ServedFile, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            file.SetLength(8192);
        }

        await AssertHealedAsync("truncated");

        await using (var file = new FileStream(ServedFile, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            file.Position = file.Length / 2;
            await file.WriteAsync(new byte[32768].Select((_, i) => (byte)(i * 7)).ToArray());
        }

        await AssertHealedAsync("corrupted");

        File.Delete(ServedFile);
        await File.WriteAllBytesAsync(ServedFile + ".restore", good);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/healthz")).StatusCode);
        File.Move(ServedFile + ".restore", ServedFile, overwrite: true);
        await AssertHealedAsync("restored", reportedFirst: false);
    }
}
