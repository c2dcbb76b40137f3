using System.Net;
using System.Net.Http.Headers;
using Rugao.Graph.Server.Schema.Changes;
using Rugao.Graph.Server.Transports.Sse;
using Rugao.Graph.Tests.TestSupport;
using static Rugao.Graph.Tests.Server.Transports.Sse.SseSingleConnection;

namespace Rugao.Graph.Tests.Server.Transports.Sse;

/// <summary>graphql-sse single connection mode on the real pipeline: reservations, the stream, operations and their errors.</summary>
public sealed class GraphQLSseSingleConnectionTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task Put_AnswersCreatedWithANewTextTokenEachTime()
    {
        using var first = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, StreamAddress));
        using var second = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, StreamAddress));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("text/plain", first.Content.Headers.ContentType?.MediaType);
        var token = await first.Content.ReadAsStringAsync();
        Assert.True(token.Length >= 40, token);
        Assert.NotEqual(token, await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Put_NotAcceptingText_Is406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, StreamAddress);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task OperationPostedBeforeTheStreamOpens_ArrivesOnItWithItsId_TokenInTheQuery()
    {
        var token = await ReserveAsync(api);
        using var posted = await api.Client.SendAsync(Operation(token, "q1", "{ __typename }"));
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"{StreamAddress}?token={Uri.EscapeDataString(token)}"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var stream = await OpenAsync(api, request);
        var next = await stream.NextEventAsync();
        var complete = await stream.NextEventAsync();

        Assert.Equal("next", next.Event);
        Assert.Equal("q1", next.Data.Str("id"));
        Assert.Equal("Query", next.Data.Str("payload.data.__typename"));
        Assert.Equal("complete", complete.Event);
        Assert.Equal("q1", complete.Data.Str("id"));
    }

    [Fact]
    public async Task Subscription_StoppedByDelete_EndsAndFreesItsId()
    {
        var token = await ReserveAsync(api);
        using var stream = await OpenAsync(api, StreamRequest(token));
        const string Changes = "subscription($after: String) { standardChanged(after: $after) { cursor } }";
        using var started = await api.Client.SendAsync(Operation(token, "s", Changes, new { after = ChangeCursor.Encode(0) }));
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var first = await stream.NextEventAsync();
        Assert.Equal("s", first.Data.Str("id"));

        using var duplicate = await api.Client.SendAsync(Operation(token, "s", Changes));
        using var stopped = await api.Client.SendAsync(Delete(token, "?operationId=s"));
        var reused = await WithRetryAsync(() => api.Client.SendAsync(Operation(token, "s", "{ __typename }")), HttpStatusCode.Accepted);

        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Contains("OPERATION_ID_IN_USE", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stopped.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, reused);
    }

    [Fact]
    public async Task Stream_SecondForTheSameToken_Is409AndTheFirstStaysOpen()
    {
        var token = await ReserveAsync(api);
        using var first = await OpenAsync(api, StreamRequest(token));

        using var second = await api.Client.SendAsync(StreamRequest(token), HttpCompletionOption.ResponseHeadersRead);
        using var posted = await api.Client.SendAsync(Operation(token, "after-409", "{ __typename }"));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("STREAM_ALREADY_OPEN", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.Equal("after-409", (await first.NextEventAsync()).Data.Str("id"));
    }

    [Fact]
    public async Task UnknownToken_Is404ForStreamOperationAndDelete()
    {
        const string Unknown = "no-such-reservation";

        using var stream = await api.Client.SendAsync(StreamRequest(Unknown));
        using var operation = await api.Client.SendAsync(Operation(Unknown, "x", "{ __typename }"));
        using var delete = await api.Client.SendAsync(Delete(Unknown, "?operationId=x"));
        using var deleteWithoutToken = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, new Uri(StreamAddress + "?operationId=x")));

        Assert.All([stream, operation, delete, deleteWithoutToken], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Contains("STREAM_NOT_FOUND", await stream.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("STREAM_NOT_FOUND", await operation.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingOperationId_Is400OnPostAndDelete_AndAnUnknownOperationDeletes()
    {
        var token = await ReserveAsync(api);

        using var post = await api.Client.SendAsync(Operation(token, null, "{ __typename }"));
        using var delete = await api.Client.SendAsync(Delete(token, ""));
        using var unknown = await api.Client.SendAsync(Delete(token, "?operationId=never-started"));

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Contains("OPERATION_ID_MISSING", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, delete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
    }

    [Fact]
    public async Task InvalidOperation_IsAnsweredOnThePostAsGraphQLOverHttp()
    {
        var token = await ReserveAsync(api);

        using var request = Operation(token, "bad", "{ nope }");
        request.Headers.Accept.Clear();
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLHttpRequests.GraphQLResponseJson));
        using var response = await api.Client.SendAsync(request);
        using var reused = await api.Client.SendAsync(Operation(token, "bad", "{ __typename }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("GRAPHQL_VALIDATION_FAILED", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, reused.StatusCode);
    }

    [Fact]
    public async Task ClosingTheStream_EndsTheReservation()
    {
        var token = await ReserveAsync(api);
        var stream = await OpenAsync(api, StreamRequest(token));

        stream.Dispose();
        var status = await WithRetryAsync(() => api.Client.SendAsync(Operation(token, "late", "{ __typename }")), HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Reservation_NotOpenedInTime_IsDropped()
    {
        var token = await ReserveAsync(api);

        api.Clock.Advance(SseReservations.OpenTimeout + TimeSpan.FromSeconds(1));
        var status = await WithRetryAsync(() => api.Client.SendAsync(StreamRequest(token)), HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Subscription_WhenTheJwtThatStartedItExpires_EndsWithUnauthenticatedThenComplete()
    {
        var (jwt, expires) = TestTokens.ExpiringSoon(api.Clock);
        var token = await ReserveAsync(api);
        using var stream = await OpenAsync(api, StreamRequest(token));
        using var request = Operation(token, "expiring", "subscription { standardChanged { cursor } }");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", jwt);
        using var started = await api.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);

        api.Clock.Advance(expires - api.Clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        var last = await stream.NextEventAsync();
        var complete = await stream.NextEventAsync();

        Assert.Equal("expiring", last.Data.Str("id"));
        Assert.Equal("UNAUTHENTICATED", last.Data.GetProperty("payload").GetProperty("errors")[0].Str("extensions.code"));
        Assert.Equal(("complete", "expiring"), (complete.Event, complete.Data.Str("id")));
    }

    [Fact]
    public async Task OtherMethod_Is405WithEveryMethodAllowed()
    {
        using var response = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Patch, StreamAddress));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST", "PUT", "DELETE"], response.Content.Headers.Allow);
    }
}
