using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Rugao.Graph.Server.Schema.Changes;
using Rugao.Graph.Tests.TestSupport;
using Rugao.Graph.Tests.Transports.TestSupport;

namespace Rugao.Graph.Tests.Transports.Sse;

/// <summary>An event stream opened with a JWT ends when the token expires. These tests move the server's clock.</summary>
public sealed class GraphQLSseCredentialTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task Subscription_WhenItsJwtExpires_EndsWithUnauthenticatedThenComplete()
    {
        var (jwt, expires) = TestTokens.ExpiringSoon(api.Clock);
        using var request = GraphQLHttpRequests.Post(new Uri("http://localhost/graphql/stream"),
            new { query = "subscription($after: String) { standardChanged(after: $after) { cursor } }", variables = new { after = ChangeCursor.Encode(0) } });
        request.Headers.Accept.Clear();
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", jwt);
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await api.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, guard.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = new StreamReader(await response.Content.ReadAsStreamAsync(guard.Token), Encoding.UTF8);

        // The replay has begun: the stream is live before the token expires.
        Assert.Equal("event: next", await body.ReadLineAsync(guard.Token));
        api.Clock.Advance(expires - api.Clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        var rest = await body.ReadToEndAsync(guard.Token);

        var events = rest.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("event: complete\ndata:", events[^1]);
        var last = JsonDocument.Parse(events[^2]["event: next\ndata: ".Length..]).RootElement;
        Assert.Equal("UNAUTHENTICATED", last.GetProperty("errors")[0].Str("extensions.code"));
    }
}
