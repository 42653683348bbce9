using System.Net;

namespace MaGuide.Web.Tests.Infrastructure;

/// <summary>The Mozilla Observatory A+ header set on every kind of response.</summary>
[Collection(DeployedSiteTests.Name)]
public sealed class HeaderSetTests(DeployedSite site)
{
    [Theory]
    [InlineData("/salary", HttpStatusCode.OK)]
    [InlineData("/favicon.svg", HttpStatusCode.OK)]
    [InlineData("/no/such/page", HttpStatusCode.NotFound)]
    [InlineData("/states/CA", HttpStatusCode.MovedPermanently)]
    [InlineData("/data/wages.csv", HttpStatusCode.OK)]
    [InlineData("/salary", HttpStatusCode.MethodNotAllowed, "DELETE")]
    public async Task Every_response_carries_the_security_headers(string path, HttpStatusCode status, string method = "GET")
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = DeployedSite.PublicHost });

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(status, response.StatusCode);
        string Header(string name) => response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";
        Assert.Equal("max-age=31536000", Header("Strict-Transport-Security"));
        Assert.Contains("default-src 'self'", Header("Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", Header("Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("DENY", Header("X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header("Referrer-Policy"));
        Assert.Equal("same-origin", Header("Cross-Origin-Opener-Policy"));
        Assert.NotEmpty(Header("Permissions-Policy"));
        Assert.Empty(Header("Server"));
    }
}
