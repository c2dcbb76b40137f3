using GraphQL;

namespace Rugao.Graph.Server.Transports.Subscriptions;

/// <summary>
/// Back-pressure between a subscription's event source and the transport that sends its results: the source takes a
/// credit before each event and the transport returns it when it asks for the next result, so at most
/// <see cref="Window"/> events are in flight and a slow client slows its own source down (and, past the source's
/// own buffer, gets dropped) instead of piling results up in memory.
/// </summary>
public sealed class SubscriptionPacing : IDisposable
{
    public const int Window = 16;
    private const string Key = "Rugao.SubscriptionPacing";
    private readonly SemaphoreSlim credits;

    private SubscriptionPacing(int window) => credits = new SemaphoreSlim(window, int.MaxValue);

    /// <summary>For sources run outside a streaming transport: never waits.</summary>
    public static SubscriptionPacing Unpaced { get; } = new(int.MaxValue / 2);

    /// <summary>The pacing the executor put in the request's user context, or <see cref="Unpaced"/>.</summary>
    public static SubscriptionPacing Of(IResolveFieldContext context) =>
        context?.UserContext is { } user && user.TryGetValue(Key, out var value) && value is SubscriptionPacing pacing
            ? pacing
            : Unpaced;

    internal static SubscriptionPacing AddTo(IDictionary<string, object?> userContext)
    {
        var pacing = new SubscriptionPacing(Window);
        userContext[Key] = pacing;
        return pacing;
    }

    public Task WaitAsync(CancellationToken cancellationToken) =>
        ReferenceEquals(this, Unpaced) ? Task.CompletedTask : credits.WaitAsync(cancellationToken);

    internal void Release() => credits.Release();

    public void Dispose()
    {
        if (!ReferenceEquals(this, Unpaced))
        {
            credits.Dispose();
        }
    }
}
