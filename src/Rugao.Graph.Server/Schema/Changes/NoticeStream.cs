using Rugao.Graph.Changes;
using Rugao.Graph.Server.Transports.Subscriptions;

namespace Rugao.Graph.Server.Schema.Changes;

/// <summary>
/// The event source of <c>standardChanged</c>: subscribes to the hub first, then replays the log after the client's
/// cursor, then passes live notices on, skipping those at or below the last sequence replayed — so the switch from
/// replay to live has neither a gap nor a duplicate. When the transport takes results directly
/// (<see cref="DirectDelivery"/>), each notice is run and sent from here instead of passed on.
/// </summary>
internal sealed class NoticeStream(
    NoticeHub hub, ChangeFeed feed, ChangeFilter filter, long? after, long start, SubscriptionPacing pacing, DirectDelivery? direct)
    : IObservable<ChangeNotice>
{
    private const int ReplayBatch = 100;

    public IDisposable Subscribe(IObserver<ChangeNotice> observer)
    {
        var live = hub.Subscribe(filter);
        var stop = new CancellationTokenSource();
        _ = PumpAsync(observer, live, stop.Token);
        return new Unsubscriber(live, stop);
    }

    private async Task PumpAsync(IObserver<ChangeNotice> observer, NoticeSubscription live, CancellationToken cancellationToken)
    {
        // Everything matching up to here has been delivered (or predates a live-only subscription).
        var delivered = after ?? start;
        try
        {
            if (after is not null)
            {
                ChangeBatch batch;
                do
                {
                    batch = await feed.ReadAsync(delivered, filter, ReplayBatch, cancellationToken);
                    foreach (var notice in batch.Notices)
                    {
                        if (!await DeliverAsync(observer, notice, cancellationToken))
                        {
                            live.Dispose();
                            return;
                        }
                    }

                    delivered = batch.UpTo;
                }
                while (batch.HasMore);
            }

            await foreach (var notice in live.Notices.ReadAllAsync(cancellationToken))
            {
                if (notice.Sequence <= delivered)
                {
                    continue;
                }

                if (!await DeliverAsync(observer, notice, cancellationToken))
                {
                    live.Dispose();
                    return;
                }

                delivered = notice.Sequence;
            }

            if (live.Overflowed)
            {
                observer.OnError(ChangeErrors.SubscriberTooSlow(ChangeCursor.Encode(delivered)));
            }
            else if (live.Stopped)
            {
                observer.OnError(ChangeErrors.ServerStopping(ChangeCursor.Encode(delivered)));
            }
            else
            {
                observer.OnCompleted();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Unsubscribed.
        }
#pragma warning disable CA1031 // Whatever fails ends this subscription only, reported to its client as a coded error.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            observer.OnError(exception);
        }
    }

    /// <summary>
    /// False when the transport no longer takes results: it is ending the operation, and the source leaves the hub
    /// at once rather than when the transport gets round to unsubscribing.
    /// </summary>
    private async ValueTask<bool> DeliverAsync(IObserver<ChangeNotice> observer, ChangeNotice notice, CancellationToken cancellationToken)
    {
        if (direct is { IsReady: true })
        {
            return await direct.DeliverAsync(notice, cancellationToken);
        }

        await pacing.WaitAsync(cancellationToken);
        observer.OnNext(notice);
        return true;
    }

    private sealed class Unsubscriber(NoticeSubscription live, CancellationTokenSource stop) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                live.Dispose();
                stop.Cancel();
                stop.Dispose();
            }
        }
    }
}
