using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;

namespace MaGuide.Web.Tests.Pages;

/// <summary>The stylesheet as a browser gets it: precompressed brotli, a year immutable, exact ranges.</summary>
[Collection(SiteTests.Name)]
public sealed class StaticAssetTests(SiteFactory site)
{
    private async Task<string> StylesheetAsync()
    {
        var page = await SiteFactory.ParseAsync(await site.CreateReader().GetAsync("/"));
        return page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
    }

    private static string RawStylesheet() =>
        File.ReadAllText(Path.Combine(SiteFiles.Project, "wwwroot", "css", "site.css"));

    [Theory]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    public async Task The_fingerprinted_stylesheet_is_sent_precompressed_and_immutable(string offered, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, await StylesheetAsync());
        request.Headers.TryAddWithoutValidation("Accept-Encoding", offered);

        var response = await site.CreateReader().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Equal("max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var raw = RawStylesheet();
        Assert.True(bytes.Length < raw.Length / 2, $"{expected}: {bytes.Length} bytes for a {raw.Length}-byte file");
        using Stream decoder = expected == "br" ? new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress) : new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        Assert.Equal(raw, await new StreamReader(decoder).ReadToEndAsync());
    }

    [Fact]
    public async Task A_range_request_gets_exactly_that_range()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, await StylesheetAsync());
        request.Headers.Range = new RangeHeaderValue(0, 9);

        var response = await site.CreateReader().SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(10, bytes.Length);
        Assert.Equal(RawStylesheet()[..10], System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal("bytes 0-9/" + new FileInfo(Path.Combine(SiteFiles.Project, "wwwroot", "css", "site.css")).Length, response.Content.Headers.ContentRange?.ToString());
    }

    [Fact]
    public async Task Pages_compressed_for_one_encoding_are_never_served_to_a_reader_asking_for_another()
    {
        foreach (var encoding in new[] { "br", "gzip", "identity", "br", "gzip, br;q=0.5" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/compare");
            request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
            var response = await site.CreateReader().SendAsync(request);
            var expected = encoding switch { "identity" => null, "gzip, br;q=0.5" => "gzip", _ => encoding };
            Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
        }
    }
}

/// <summary>Where the web project's own files are, found from the test output folder.</summary>
public static class SiteFiles
{
    public static string Project { get; } = Find();

    /// <summary>The web project's build output for the configuration the tests were built in.</summary>
    public static string Output => Path.Combine(Project, "bin", new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name, "net10.0");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "MaGuide.Web");
            if (Directory.Exists(Path.Combine(candidate, "wwwroot")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/MaGuide.Web not found above " + AppContext.BaseDirectory);
    }
}
