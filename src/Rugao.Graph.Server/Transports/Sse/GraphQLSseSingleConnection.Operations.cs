using GraphQL;
using GraphQL.Transport;
using Rugao.Graph.Server.Transports.Http;
using Rugao.Graph.Server.Transports.Subscriptions;

namespace Rugao.Graph.Server.Transports.Sse;

public sealed partial class GraphQLSseSingleConnection
{
    private static readonly OperationPolicy GetPolicy = new("SSE GET", AllowedOperations.Query | AllowedOperations.Subscription);
    private static readonly OperationPolicy PostPolicy = new("SSE POST",
        AllowedOperations.Query | AllowedOperations.Mutation | AllowedOperations.Subscription);

    private readonly PostRequestReader postReader = new(serializer);
    private readonly GetRequestReader getReader = new(textSerializer);

    /// <summary>
    /// A GET or POST with the token: an operation for the stream. Request problems are answered as GraphQL over HTTP
    /// does (§Executing operations); an operation that runs is answered 202 and streams its results.
    /// </summary>
    public async Task OperationAsync(HttpContext context, string token)
    {
        var http = context.Request;
        var isGet = HttpMethods.IsGet(http.Method);
        var cancellationToken = context.RequestAborted;
        if (reservations.Find(token) is not { } reservation)
        {
            await RefuseAsync(context, SseErrors.StreamNotFound);
            return;
        }

        if (AcceptNegotiator.Choose(http.Headers.Accept) is not { } mediaType)
        {
            await RefuseAsync(context, HttpErrors.NotAcceptable);
            return;
        }

        var read = isGet
            ? getReader.Read(http.Query)
            : await postReader.ReadAsync(http, limits.Value.MaxRequestBytes, cancellationToken);
        if (!read.IsAccepted)
        {
            await writer.WriteAsync(context.Response, read.Rejection, mediaType, cancellationToken);
            return;
        }

        if (OperationIdOf(read.Request) is not { } operationId)
        {
            await writer.WriteAsync(context.Response, SseErrors.OperationIdMissing, mediaType, cancellationToken);
            return;
        }

        if (reservation.TryStart(operationId) is not { } stop)
        {
            await writer.WriteAsync(context.Response, SseErrors.OperationIdInUse, mediaType, cancellationToken);
            return;
        }

        // The operation outlives this request: it gets a scope of its own, released when it ends.
        var scope = scopes.CreateAsyncScope();
        StreamingOperation operation;
        try
        {
            operation = await executor.SubscribeAsync(read.Request, isGet ? GetPolicy : PostPolicy, scope.ServiceProvider,
                context.User, send: null, cancellationToken);
        }
        catch
        {
            reservation.Finished(operationId, stop);
            await scope.DisposeAsync();
            throw;
        }

        if (operation.Rejection is { } rejection)
        {
            reservation.Finished(operationId, stop);
            await operation.DisposeAsync();
            await scope.DisposeAsync();
            var status = GraphQLHttpStatus.For(rejection, mediaType, isGet);
            if (status == StatusCodes.Status405MethodNotAllowed)
            {
                context.Response.Headers.Allow = "POST";
            }

            await writer.WriteAsync(context.Response, rejection, status, mediaType, cancellationToken);
            return;
        }

        _ = RunAsync(reservation, operationId, stop, operation, scope, credentials.Of(context));
        context.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    private async Task RunAsync(SseReservation reservation, string operationId, CancellationTokenSource stop,
        StreamingOperation operation, AsyncServiceScope scope, Func<CancellationToken, Task<ExecutionError>> credentialLost)
    {
        try
        {
            var events = await reservation.StreamAsync(stop.Token);
            var last = await SseResultPump.RunAsync(operation, credentialLost,
                (result, token) => events.NextAsync(operationId, result, token), reservation.Ended, stop.Token);
            if (last is not null)
            {
                await events.NextAsync(operationId, last, reservation.Ended);
            }

            if (!stop.IsCancellationRequested)
            {
                await events.CompleteAsync(operationId, reservation.Ended);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped by the client's DELETE, or the stream ended.
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            // The stream broke or closed while this operation wrote to it; the stream ends the reservation itself.
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "A GraphQL SSE operation failed");
        }
        finally
        {
            reservation.Finished(operationId, stop);
            await operation.DisposeAsync();
            await scope.DisposeAsync();
        }
    }

    /// <summary><c>extensions.operationId</c>, a string (the reference client's) or a number.</summary>
    private static string? OperationIdOf(GraphQLRequest request) =>
        request.Extensions?.TryGetValue("operationId", out var value) == true
            ? value switch
            {
                string text when text.Length > 0 => text,
                int or long or double => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
                _ => null,
            }
            : null;
}
