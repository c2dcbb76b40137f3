using System.Net;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Hosting;

[Collection(SeededApiCollection.Name)]
public sealed class HttpSurfaceTests(SeededApi api)
{
    [Fact]
    public async Task Preflight_FromAGovernmentSite_IsAllowed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, api.Endpoint);
        request.Headers.Add("Origin", "https://www.rugao.gov.cn");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");

        using var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_WithTheDatabaseUp_IsHealthy()
    {
        using var response = await api.Client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
