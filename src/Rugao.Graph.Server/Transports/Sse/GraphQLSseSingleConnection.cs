using GraphQL;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Rugao.Graph.Server.Transports.Http;

namespace Rugao.Graph.Server.Transports.Sse;

/// <summary>
/// graphql-sse single connection mode (PROTOCOL.md §Single connection mode): <c>PUT</c> reserves a stream and answers
/// 201 with its token; a <c>GET</c> with the token and <c>Accept: text/event-stream</c> opens it (once); requests with
/// the token start operations, answered 202, whose results arrive on the stream as <c>next</c> and <c>complete</c>
/// events naming the operation; <c>DELETE ?operationId=</c> stops one. Closing the stream ends them all.
/// </summary>
public sealed partial class GraphQLSseSingleConnection(
    GraphQLRequestExecutor executor,
    IGraphQLSerializer serializer,
    IGraphQLTextSerializer textSerializer,
    IOptions<GraphQLLimitsOptions> limits,
    SseReservations reservations,
    IServiceScopeFactory scopes,
    SseCredentialWatch credentials,
    IHostApplicationLifetime lifetime,
    ILogger<GraphQLSseSingleConnection> logger)
{
    private readonly GraphQLHttpResponseWriter writer = new(serializer);

    /// <summary>PUT: a new reservation. The token is always the server's own, so it cannot be guessed or chosen.</summary>
    public async Task ReserveAsync(HttpContext context)
    {
        if (!AcceptsText(context.Request))
        {
            await RefuseAsync(context, SseErrors.TextNotAcceptable);
            return;
        }

        if (reservations.Reserve() is not { } reservation)
        {
            context.Response.Headers.RetryAfter = "60";
            await RefuseAsync(context, SseErrors.TooManyStreams);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(reservation.Token, context.RequestAborted);
    }

    /// <summary>DELETE ?operationId=: stops that operation; 200 also when it has finished already.</summary>
    public async Task StopAsync(HttpContext context, string? token)
    {
        if (token is null || reservations.Find(token) is not { } reservation)
        {
            await RefuseAsync(context, SseErrors.StreamNotFound);
            return;
        }

        if (context.Request.Query["operationId"].ToString() is not { Length: > 0 } operationId)
        {
            await RefuseAsync(context, SseErrors.OperationIdMissing);
            return;
        }

        reservation.Stop(operationId);
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    /// <summary>The reserved stream itself: open until the client leaves or the server stops.</summary>
    public async Task StreamAsync(HttpContext context, string token)
    {
        if (reservations.Find(token) is not { } reservation)
        {
            await RefuseAsync(context, SseErrors.StreamNotFound);
            return;
        }

        if (!reservation.TryOpen())
        {
            await RefuseAsync(context, SseErrors.StreamAlreadyOpen);
            return;
        }

        using var open = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, reservation.Ended,
            lifetime.ApplicationStopping);
        using var events = new SseEventWriter(context.Response, textSerializer);
        try
        {
            await events.StartAsync(open.Token);
            reservation.Connect(events);
            await GraphQLSseEndpoint.KeepAliveAsync(events, open.Token);
        }
        catch (OperationCanceledException) when (open.IsCancellationRequested)
        {
            // The client closed the stream, or the server is stopping.
        }
        finally
        {
            // Before the writer goes: the operations stop writing once the reservation has ended.
            reservations.Remove(reservation);
        }
    }

    private static bool AcceptsText(HttpRequest http) =>
        string.IsNullOrWhiteSpace(http.Headers.Accept.ToString())
        || (MediaTypeHeaderValue.TryParseList(http.Headers.Accept, out var ranges)
            && ranges.Any(r => r.Quality is not 0 && r.MatchesMediaType("text/plain")));

    private Task RefuseAsync(HttpContext context, HttpRejection rejection) =>
        writer.WriteAsync(context.Response, rejection, ResponseMediaType.Json, context.RequestAborted);
}
