using System.Threading.Channels;

namespace Rugao.Graph.Changes;

/// <summary>
/// One subscriber of the <see cref="NoticeHub"/>: live notices matching its filter, in sequence order, through a
/// bounded buffer. The hub never waits for a subscriber: when the buffer is full it completes
/// <see cref="Notices"/> and sets <see cref="Overflowed"/>; what was buffered can still be read, so the subscriber
/// knows exactly where to resume from the log.
/// </summary>
public sealed class NoticeSubscription : IDisposable
{
    private readonly Channel<ChangeNotice> channel;
    private readonly Action<NoticeSubscription> remove;
    private int overflowed;
    private int stopped;
    private int ended;

    internal NoticeSubscription(ChangeFilter filter, int capacity, Action<NoticeSubscription> remove)
    {
        Filter = filter;
        this.remove = remove;
        channel = Channel.CreateBounded<ChangeNotice>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public ChangeFilter Filter { get; }

    public ChannelReader<ChangeNotice> Notices => channel.Reader;

    /// <summary>The hub dropped this subscriber because its buffer was full.</summary>
    public bool Overflowed => Volatile.Read(ref overflowed) == 1;

    /// <summary>The hub ended this subscription because the server is stopping.</summary>
    public bool Stopped => Volatile.Read(ref stopped) == 1;

    public void Dispose() => remove(this);

    /// <summary>Offers a notice without waiting; returns false when the subscriber is (now) dropped.</summary>
    internal bool Offer(ChangeNotice notice)
    {
        if (channel.Writer.TryWrite(notice))
        {
            return true;
        }

        // A write also fails once the subscription has ended for another reason; that is no overflow.
        if (Interlocked.CompareExchange(ref ended, 1, 0) == 0)
        {
            Interlocked.Exchange(ref overflowed, 1);
            channel.Writer.TryComplete();
        }

        return false;
    }

    internal void Complete()
    {
        Interlocked.Exchange(ref ended, 1);
        channel.Writer.TryComplete();
    }

    internal void Stop()
    {
        if (Interlocked.CompareExchange(ref ended, 1, 0) == 0)
        {
            Interlocked.Exchange(ref stopped, 1);
            channel.Writer.TryComplete();
        }
    }
}
