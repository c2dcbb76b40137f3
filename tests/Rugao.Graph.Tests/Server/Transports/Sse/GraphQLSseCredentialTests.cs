using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Access;
using Rugao.Graph.Server.Schema.Changes;
using Rugao.Graph.Server.Transports.Sse;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Transports.Sse;

/// <summary>An event stream ends when its JWT expires or its API key is revoked. These tests move the server's clock.</summary>
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

    [Fact]
    public async Task Subscription_WhenItsApiKeyIsRevoked_EndsWithUnauthenticatedAtTheNextCheck_OthersGoOn()
    {
        var store = api.Services.GetRequiredService<ApiKeyStore>();
        var (revoked, revokedKey) = await TestKeys.CreateAsync(api, Role.Editor);
        var (_, keptKey) = await TestKeys.CreateAsync(api, Role.Editor);
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var doomed = await OpenSubscriptionAsync(revokedKey, guard.Token);
        using var kept = await OpenSubscriptionAsync(keptKey, guard.Token);
        using var doomedBody = new StreamReader(await doomed.Content.ReadAsStreamAsync(guard.Token), Encoding.UTF8);
        using var keptBody = new StreamReader(await kept.Content.ReadAsStreamAsync(guard.Token), Encoding.UTF8);
        Assert.Equal("event: next", await doomedBody.ReadLineAsync(guard.Token));
        Assert.Equal("event: next", await keptBody.ReadLineAsync(guard.Token));

        Assert.True(await store.RevokeAsync(revoked.Id, default));
        api.Clock.Advance(new GraphQLSseOptions().CredentialCheckInterval + TimeSpan.FromSeconds(1));
        var rest = await doomedBody.ReadToEndAsync(guard.Token);

        var events = rest.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("event: complete\ndata:", events[^1]);
        var last = JsonDocument.Parse(events[^2]["event: next\ndata: ".Length..]).RootElement;
        Assert.Equal("UNAUTHENTICATED", last.GetProperty("errors")[0].Str("extensions.code"));
        // The same check let the valid key's stream be: it does not end.
        using var moment = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => keptBody.ReadToEndAsync(moment.Token));
    }

    private async Task<HttpResponseMessage> OpenSubscriptionAsync(string key, CancellationToken cancellationToken)
    {
        using var request = GraphQLHttpRequests.Post(new Uri("http://localhost/graphql/stream"),
            new { query = "subscription($after: String) { standardChanged(after: $after) { cursor } }", variables = new { after = ChangeCursor.Encode(0) } });
        request.Headers.Accept.Clear();
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var response = await api.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }
}
