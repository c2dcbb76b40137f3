using System.Text.Json;
using GraphQL.Transport;
using GraphQL;
using Rugao.Graph.Errors;

namespace Rugao.Graph.Server.Transports.WebSockets;

internal sealed partial class GraphQLWebSocketConnection
{
    private static readonly OperationPolicy Policy = new("WebSocket",
        AllowedOperations.Query | AllowedOperations.Mutation | AllowedOperations.Subscription);

    private void Subscribe(string id, JsonElement payload)
    {
        // §Subscribe: operations only after connection_ack, and one active operation per id, whatever its type.
        if (!_acknowledged)
        {
            Close(CloseCodes.Unauthorized);
            return;
        }
        if (_operations.ContainsKey(id))
        {
            Close(CloseCodes.SubscriberAlreadyExists(id));
            return;
        }

        GraphQLRequest? request;
        try
        {
            request = _services.Serializer.Deserialize<GraphQLRequest>(payload.GetRawText());
        }
        catch (JsonException)
        {
            request = null;
        }
        if (request?.Query is null)
        {
            Close(CloseCodes.BadRequest("Invalid message received: unreadable 'subscribe' payload"));
            return;
        }

        if (_operations.Count >= _services.Options.MaxOperationsPerConnection)
        {
            _queue.TryEnqueue(_services.Messages.Error(id,
                [ErrorCatalog.TooManyOperations.With(_services.Options.MaxOperationsPerConnection).ToExecutionError()]));
            return;
        }

        var operation = new Operation(id, _aborted.Token);
        _operations[id] = operation;
        _ = RunOperationAsync(operation, request);
    }

    private async Task RunOperationAsync(Operation operation, GraphQLRequest request)
    {
        try
        {
            var head = ServerMessages.NextHead(operation.Id);
            // False once the client completed the operation or the connection is closing (a full queue closes it).
            bool Send(ExecutionResult result) =>
                operation.TrySend(static send => send.Queue.TryEnqueue(send.Messages.Next(send.Head, send.Result)),
                    (Queue: _queue, Messages: _services.Messages, Head: head, Result: result));

            // The scope outlives the stream (disposed after it): a subscription's events resolve within it.
            await using var scope = _services.Scopes.CreateAsyncScope();
            await using var stream = await _services.Executor
                .SubscribeAsync(request, Policy, scope.ServiceProvider, _user, Send, operation.Token)
                .ConfigureAwait(false);

            if (stream.Rejection is { } rejection)
            {
                // §Error: the operation could not start (parse, validation, variables, limits, a refused cursor).
                if (Finish(operation))
                    _queue.TryEnqueue(_services.Messages.Error(operation.Id, rejection.Errors ?? []));
                return;
            }

            // Results a source sent directly (Send above) do not come through here; the end of the stream still does.
            await foreach (var result in stream.ReadAllAsync(operation.Token).ConfigureAwait(false))
            {
                if (!Send(result))
                    return;
            }

            if (!Finish(operation))
                return;
            // A subscription ended by a fault (SUBSCRIBER_TOO_SLOW with its resume cursor) ends with error, not complete.
            _queue.TryEnqueue(stream.Termination is { } termination
                ? _services.Messages.Error(operation.Id, termination.Errors ?? [])
                : ServerMessages.Complete(operation.Id));
        }
        catch (OperationCanceledException) when (operation.Token.IsCancellationRequested)
        {
            Finish(operation);
        }
        catch (Exception exception)
        {
            _services.Logger.LogError(exception, "Operation {OperationId} failed on a GraphQL WebSocket", operation.Id);
            if (Finish(operation))
            {
                _queue.TryEnqueue(_services.Messages.Error(operation.Id,
                    [ErrorCatalog.OperationFailed.ToExecutionError()]));
            }
        }
        finally
        {
            operation.Dispose();
        }
    }

    /// <summary>Ends an operation the server finished; false when the client or the socket ended it first.</summary>
    private bool Finish(Operation operation) =>
        _operations.TryRemove(new KeyValuePair<string, Operation>(operation.Id, operation)) && operation.Stop();

    private void StopOperations()
    {
        foreach (var id in _operations.Keys)
        {
            if (_operations.TryRemove(id, out var operation))
                operation.Stop();
        }
    }
}
