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
        if (!acknowledged)
        {
            Close(CloseCodes.Unauthorized);
            return;
        }
        if (operations.ContainsKey(id))
        {
            Close(CloseCodes.SubscriberAlreadyExists(id));
            return;
        }

        GraphQLRequest? request;
        try
        {
            request = services.Serializer.Deserialize<GraphQLRequest>(payload.GetRawText());
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

        if (operations.Count >= services.Options.MaxOperationsPerConnection)
        {
            queue.TryEnqueue(services.Messages.Error(id,
                [ErrorCatalog.TooManyOperations.With(services.Options.MaxOperationsPerConnection).ToExecutionError()]));
            return;
        }

        var operation = new Operation(id, aborted.Token);
        operations[id] = operation;
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
                    (Queue: queue, Messages: services.Messages, Head: head, Result: result));

            // The scope outlives the stream (disposed after it): a subscription's events resolve within it.
            await using var scope = services.Scopes.CreateAsyncScope();
            await using var stream = await services.Executor
                .SubscribeAsync(request, Policy, scope.ServiceProvider, user, Send, operation.Token)
                ;

            if (stream.Rejection is { } rejection)
            {
                // §Error: the operation could not start (parse, validation, variables, limits, a refused cursor).
                if (Finish(operation))
                {
                    queue.TryEnqueue(services.Messages.Error(operation.Id, rejection.Errors ?? []));
                }

                return;
            }

            // Results a source sent directly (Send above) do not come through here; the end of the stream still does.
            await foreach (var result in stream.ReadAllAsync(operation.Token))
            {
                if (!Send(result))
                {
                    return;
                }
            }

            if (!Finish(operation))
            {
                return;
            }
            // A subscription ended by a fault (SUBSCRIBER_TOO_SLOW with its resume cursor) ends with error, not complete.
            queue.TryEnqueue(stream.Termination is { } termination
                ? services.Messages.Error(operation.Id, termination.Errors ?? [])
                : ServerMessages.Complete(operation.Id));
        }
        catch (OperationCanceledException) when (operation.Token.IsCancellationRequested)
        {
            Finish(operation);
        }
        catch (Exception exception)
        {
            services.Logger.LogError(exception, "Operation {OperationId} failed on a GraphQL WebSocket", operation.Id);
            if (Finish(operation))
            {
                queue.TryEnqueue(services.Messages.Error(operation.Id,
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
        operations.TryRemove(new KeyValuePair<string, Operation>(operation.Id, operation)) && operation.Stop();

    private void StopOperations()
    {
        foreach (var id in operations.Keys)
        {
            if (operations.TryRemove(id, out var operation))
            {
                operation.Stop();
            }
        }
    }
}
