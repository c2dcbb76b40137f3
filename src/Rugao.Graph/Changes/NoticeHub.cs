using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Rugao.Graph.Changes;

/// <summary>
/// Fans the notices that <see cref="NoticeHubService"/> reads from the log out to every live subscriber of this
/// process. It only offers notices (never waits), so one slow subscriber cannot hold up the others.
/// </summary>
public sealed class NoticeHub(IOptions<NoticeOptions> options)
{
    private readonly ConcurrentDictionary<NoticeSubscription, byte> subscribers = new();
    private long position = -1;

    /// <summary>The last sequence offered to subscribers; -1 until the hub has started.</summary>
    public long Position => Interlocked.Read(ref position);

    public int SubscriberCount => subscribers.Count;

    /// <summary>
    /// Starts receiving every matching notice the hub publishes from now on. To resume from a cursor, subscribe first,
    /// then replay the log with <see cref="ChangeFeed"/>, then skip live notices at or below the last replayed sequence.
    /// </summary>
    public NoticeSubscription Subscribe(ChangeFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var subscription = new NoticeSubscription(filter, options.Value.SubscriberBuffer, Remove);
        subscribers.TryAdd(subscription, 0);
        return subscription;
    }

    internal void Start(long head) => Interlocked.CompareExchange(ref position, head, -1);

    internal void Publish(ChangeBatch batch)
    {
        // One snapshot per batch: Keys copies the dictionary, which adds up with thousands of subscribers.
        var current = batch.Notices.Count == 0 ? [] : subscribers.Keys;
        // Subscriber by subscriber, so each is offered its whole share of the batch at once and handles it (down to
        // its socket's write) as one run, rather than waking once per notice.
        foreach (var subscriber in current)
        {
            foreach (var notice in batch.Notices)
            {
                if (subscriber.Filter.Matches(notice) && !subscriber.Offer(notice))
                {
                    subscribers.TryRemove(subscriber, out _);
                    break;
                }
            }
        }

        Interlocked.Exchange(ref position, batch.UpTo);
    }

    /// <summary>Ends every subscription (server shutting down); subscribers resume elsewhere from their cursor.</summary>
    internal void CompleteAll()
    {
        foreach (var subscriber in subscribers.Keys)
        {
            subscriber.Stop();
        }

        subscribers.Clear();
    }

    private void Remove(NoticeSubscription subscription)
    {
        subscribers.TryRemove(subscription, out _);
        subscription.Complete();
    }
}
