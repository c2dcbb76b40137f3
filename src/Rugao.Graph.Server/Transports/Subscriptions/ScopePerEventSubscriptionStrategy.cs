using GraphQL;
using GraphQL.Execution;
using Rugao.Graph.Server.Security;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Rugao.Graph.Server.Transports.Subscriptions;

/// <summary>
/// Runs each subscription event in a service scope of its own. Batch loaders are scoped and cache what they fetch; a
/// subscription lives for hours, so sharing the subscribe request's scope would serve stale rows and grow forever.
/// Subscribers with the same operation and role share one run per event (<see cref="SharedEventResults"/>). A
/// transport taking results directly (<see cref="DirectDelivery"/>) is told how to run an event the same way.
/// </summary>
public sealed class ScopePerEventSubscriptionStrategy : SubscriptionExecutionStrategy
{
    protected override Task<IObservable<ExecutionResult>?> ResolveResponseStreamAsync(ExecutionContext context, ExecutionNode node)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Attached before the field's resolver runs, so the event source it creates can use it. What a shared run
        // needs is looked up once here, and an event another subscriber has already run costs one lookup.
        if (DirectDelivery.Of(context) is { } direct)
        {
            var operation = OperationKey.Of(context);
            var shared = context.RequestServices?.GetService<SharedEventResults>();
            var role = Caller.RoleOf(context.User);
            direct.Attach((value, cancellationToken) =>
                operation is not null && shared is not null && shared.TryGet(value, operation, role, out var result)
                    ? ValueTask.FromResult(result)
                    : RunEventAsync(context, node, value, cancellationToken));
        }

        return base.ResolveResponseStreamAsync(context, node);
    }

    private async ValueTask<ExecutionResult> RunEventAsync(ExecutionContext context, ExecutionNode node, object value, CancellationToken cancellationToken)
    {
        using var child = CloneExecutionContext(context, cancellationToken);
        return await ProcessDataAsync(child, node, value);
    }

    protected override async ValueTask<ExecutionResult> ProcessDataAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        ArgumentNullException.ThrowIfNull(context);
        var outer = context.RequestServices ?? throw new InvalidOperationException("Subscriptions need request services.");
        if (value is not null && OperationKey.Of(context) is { } operation && outer.GetService<SharedEventResults>() is { } shared)
        {
            return await shared.GetOrExecuteAsync(value, operation, Caller.RoleOf(context.User),
                () => RunInScopeAsync(context, outer, node, value));
        }

        return await RunInScopeAsync(context, outer, node, value);
    }

    private async ValueTask<ExecutionResult> RunInScopeAsync(ExecutionContext context, IServiceProvider outer, ExecutionNode node, object? value)
    {
        await using var scope = outer.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        return await base.ProcessDataAsync(context, node, value);
    }
}
