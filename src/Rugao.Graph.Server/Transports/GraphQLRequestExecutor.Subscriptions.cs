using System.Security.Claims;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Rugao.Graph.Server.Transports.Subscriptions;

namespace Rugao.Graph.Server.Transports;

public sealed partial class GraphQLRequestExecutor
{
    /// <summary>
    /// Runs one operation of any type for a streaming transport, with the same limits and error codes as
    /// <see cref="ExecuteAsync"/>. The returned stream yields one result for a query or mutation and one per event
    /// for a subscription; see <see cref="StreamingOperation"/>. Dispose it to end the operation.
    /// <paramref name="cancellationToken"/> covers the subscribe step only; <paramref name="requestServices"/> must
    /// outlive the stream (the connection's or request's scope). With <paramref name="send"/>, event sources that can
    /// (<see cref="DirectDelivery"/>) hand their results to it as they come instead of through the stream; it must
    /// not wait, and returns false once the transport takes no more.
    /// </summary>
    public async Task<StreamingOperation> SubscribeAsync(
        GraphQLRequest request,
        OperationPolicy policy,
        IServiceProvider requestServices,
        ClaimsPrincipal user,
        Func<ExecutionResult, bool>? send,
        CancellationToken cancellationToken)
    {
        var userContext = new Dictionary<string, object?>();
        if (send is not null)
        {
            DirectDelivery.AddTo(userContext, send);
        }

        var pacing = SubscriptionPacing.AddTo(userContext);
        OperationKey.AddTo(userContext, request);
        ExecutionResult result;
        try
        {
            result = await RunAsync(request, policy, requestServices, user, userContext, cancellationToken);
        }
        catch
        {
            pacing.Dispose();
            throw;
        }

        if (result.Streams is { Count: > 0 } streams)
        {
            // A subscription has exactly one root field (validation: single root field).
            return StreamingOperation.Of(streams.Values.First(), pacing);
        }

        pacing.Dispose();
        ErrorCodeNormalizer.Normalize(result);
        // Refused before execution, or a subscription whose subscribe step failed: nothing was streamed.
        var rejected = !result.Executed || result.Operation?.Operation == OperationType.Subscription;
        return rejected ? StreamingOperation.Rejected(result) : StreamingOperation.Single(result);
    }
}
