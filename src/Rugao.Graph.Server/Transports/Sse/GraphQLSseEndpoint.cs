using GraphQL;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Rugao.Graph.Server.Transports.Http;

namespace Rugao.Graph.Server.Transports.Sse;

/// <summary>
/// GraphQL over Server-Sent Events (graphql-sse PROTOCOL.md). Requests with a reservation token, PUT and DELETE go to
/// <see cref="GraphQLSseSingleConnection"/>; the rest is distinct connections mode: a POST (or a GET for
/// queries and subscriptions) with <c>Accept: text/event-stream</c> gets one event stream carrying the operation's
/// results as <c>next</c> events, then <c>complete</c>. Errors found before execution are sent the same way, on an
/// accepted stream, as the protocol requires. The client ends a subscription by closing the connection; the server
/// ends it, with an <c>UNAUTHENTICATED</c> error, when the JWT that opened the stream expires or its API key is revoked.
/// </summary>
public sealed class GraphQLSseEndpoint(
    GraphQLRequestExecutor executor,
    IGraphQLSerializer serializer,
    IGraphQLTextSerializer textSerializer,
    IOptions<GraphQLLimitsOptions> limits,
    SseCredentialWatch credentials,
    GraphQLSseSingleConnection singleConnection,
    ILogger<GraphQLSseEndpoint> logger)
{
    private static readonly TimeSpan KeepAliveInterval = TimeSpan.FromSeconds(15);
    private static readonly OperationPolicy GetPolicy = new("SSE GET", AllowedOperations.Query | AllowedOperations.Subscription);
    private static readonly OperationPolicy PostPolicy = new("SSE POST",
        AllowedOperations.Query | AllowedOperations.Mutation | AllowedOperations.Subscription);

    private readonly PostRequestReader postReader = new(serializer);
    private readonly GetRequestReader getReader = new(textSerializer);

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.Request;
        var isGet = HttpMethods.IsGet(http.Method);
        var token = SseStreamToken.From(http);
        if (HttpMethods.IsPut(http.Method))
        {
            await singleConnection.ReserveAsync(context);
            return;
        }

        if (HttpMethods.IsDelete(http.Method))
        {
            await singleConnection.StopAsync(context, token);
            return;
        }

        if (!isGet && !HttpMethods.IsPost(http.Method))
        {
            context.Response.Headers.Allow = "GET, POST, PUT, DELETE";
            await RefuseAsync(context, SseErrors.MethodNotAllowed);
            return;
        }

        // A reservation token puts the request in single connection mode, whatever else it carries.
        if (token is not null)
        {
            await (AcceptsEventStream(http)
                ? singleConnection.StreamAsync(context, token)
                : singleConnection.OperationAsync(context, token));
            return;
        }

        if (!AcceptsEventStream(http))
        {
            await RefuseAsync(context, SseErrors.EventStreamNotAcceptable);
            return;
        }

        var cancellationToken = context.RequestAborted;
        try
        {
            var read = isGet
                ? getReader.Read(http.Query)
                : await postReader.ReadAsync(http, limits.Value.MaxRequestBytes, cancellationToken);
            using var events = new SseEventWriter(context.Response, textSerializer);
            await events.StartAsync(cancellationToken);
            if (!read.IsAccepted)
            {
                await events.NextAsync(Rejected(read.Rejection), cancellationToken);
                await events.CompleteAsync(cancellationToken);
                return;
            }

            await using var operation = await executor.SubscribeAsync(read.Request, isGet ? GetPolicy : PostPolicy,
                context.RequestServices, context.User, send: null, cancellationToken);
            if (operation.Rejection is { } rejection)
            {
                await events.NextAsync(rejection, cancellationToken);
            }

            using var streaming = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var keepAlive = KeepAliveAsync(events, streaming.Token);
            ExecutionResult? last;
            try
            {
                last = await SseResultPump.RunAsync(operation, credentials.Of(context), events.NextAsync, cancellationToken, cancellationToken)
                    ;
            }
            finally
            {
                await streaming.CancelAsync();
                await keepAlive;
            }

            if (last is not null)
            {
                await events.NextAsync(last, cancellationToken);
            }

            await events.CompleteAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client closed the stream: that is how it ends a subscription.
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            logger.LogError(exception, "Unexpected failure while opening a GraphQL SSE stream");
            await RefuseAsync(context, HttpErrors.Failed);
        }
    }

    // Paced by the real clock on purpose, whatever clock business dates come from: it is about idle connections.
    internal static async Task KeepAliveAsync(SseEventWriter events, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(KeepAliveInterval, cancellationToken);
                await events.KeepAliveAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The operation ended or the client left.
        }
        catch (IOException)
        {
            // The connection broke; the results loop notices it as well and ends the operation.
        }
    }

    private static bool AcceptsEventStream(HttpRequest http) =>
        MediaTypeHeaderValue.TryParseList(http.Headers.Accept, out var ranges)
        && ranges.Any(r => r.MediaType.Equals("text/event-stream", StringComparison.OrdinalIgnoreCase) && r.Quality is not 0);

    private static ExecutionResult Rejected(HttpRejection rejection) =>
        new() { Errors = [new ExecutionError(rejection.Message) { Code = rejection.Code }] };

    private Task RefuseAsync(HttpContext context, HttpRejection rejection)
    {
        context.Response.StatusCode = rejection.StatusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        return serializer.WriteAsync(context.Response.Body, Rejected(rejection), context.RequestAborted);
    }
}
