using GraphQL;
using GraphQL.Execution;

namespace Rugao.Graph.Server.Transports.Subscriptions;

/// <summary>
/// Hands a subscription's events straight to its transport: the event source runs each event itself (through
/// <see cref="ScopePerEventSubscriptionStrategy"/>, so subscribers asking the same thing still share one run) and
/// gives the result to the transport's send, on the source's own thread. This skips GraphQL.NET's per-event mapping
/// and <see cref="StreamingOperation"/>'s result channel, two hand-overs per subscriber and event that dominate a
/// notice's cost when it reaches thousands of subscribers. Pacing is not needed: the send never waits (the transport
/// bounds its own queue). Events ending a subscription (errors, completion) still take the stream's path, after the
/// last result sent here.
/// </summary>
public sealed class DirectDelivery
{
    private const string Key = "Rugao.DirectDelivery";
    private readonly Func<ExecutionResult, bool> send;
    private Func<object, CancellationToken, ValueTask<ExecutionResult>>? run;

    private DirectDelivery(Func<ExecutionResult, bool> send) => this.send = send;

    /// <summary>True once the execution strategy has said how to run an event.</summary>
    public bool IsReady => Volatile.Read(ref run) is not null;

    /// <summary>The delivery the transport put in the request's user context, or null when it takes results as a stream.</summary>
    public static DirectDelivery? Of(IProvideUserContext context) =>
        context?.UserContext is { } user && user.TryGetValue(Key, out var value) ? value as DirectDelivery : null;

    /// <summary>
    /// Runs <paramref name="event"/> and sends its result; false when the transport no longer takes results (the
    /// operation stopped or its connection is closing), after which the source should stop.
    /// </summary>
    public async ValueTask<bool> DeliverAsync(object @event, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var execute = Volatile.Read(ref run) ?? throw new InvalidOperationException("No execution strategy has attached to this delivery.");
        var result = await execute(@event, cancellationToken);
        ErrorCodeNormalizer.Normalize(result);
        return send(result);
    }

    internal static void AddTo(IDictionary<string, object?> userContext, Func<ExecutionResult, bool> send) =>
        userContext[Key] = new DirectDelivery(send);

    internal void Attach(Func<object, CancellationToken, ValueTask<ExecutionResult>> execute) =>
        Interlocked.CompareExchange(ref run, execute, null);
}
