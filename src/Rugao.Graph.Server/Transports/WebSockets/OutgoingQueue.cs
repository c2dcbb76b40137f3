using System.Net.WebSockets;
using System.Threading.Channels;

namespace Rugao.Graph.Server.Transports.WebSockets;

/// <summary>
/// The only writer of one socket (a WebSocket allows one send at a time): a bounded queue of messages drained by a
/// single loop, and the close frame sent after it. Producers never wait, so a slow client delays nobody; when its
/// queue is full the connection is told to close.
/// </summary>
internal sealed class OutgoingQueue
{
    private readonly Channel<ReadOnlyMemory<byte>> messages;
    private readonly Action onOverflow;
    private CloseReason? closeReason;
    private int overflowed;

    public OutgoingQueue(int capacity, Action onOverflow)
    {
        messages = Channel.CreateBounded<ReadOnlyMemory<byte>>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        this.onOverflow = onOverflow;
    }

    /// <summary>Queues a message; false when the connection is closing or the client is too far behind.</summary>
    public bool TryEnqueue(ReadOnlyMemory<byte> message)
    {
        if (messages.Writer.TryWrite(message))
        {
            return true;
        }
        // Reported once, and off the caller's thread: producers hold their operation's lock while they enqueue.
        if (Volatile.Read(ref closeReason) is null && Interlocked.Exchange(ref overflowed, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static onOverflow => onOverflow(), onOverflow, preferLocal: false);
        }

        return false;
    }

    /// <summary>Stops queueing; the loop drops what is still queued and sends the close frame. The first reason wins.</summary>
    public void Close(CloseReason reason)
    {
        if (Interlocked.CompareExchange(ref closeReason, reason, null) is null)
        {
            messages.Writer.TryComplete();
        }
    }

    public bool IsClosing => Volatile.Read(ref closeReason) is not null;

    /// <summary>
    /// Sends queued messages until <see cref="Close"/>, then the close frame. Whatever is queued when the loop wakes
    /// is sent as a run: one WebSocket message (frame) each, handed to the transport together through
    /// <paramref name="batching"/> when there is one.
    /// </summary>
    public async Task RunAsync(WebSocket socket, BatchingStream? batching, CancellationToken aborted)
    {
        var reader = messages.Reader;
        while (await reader.WaitToReadAsync(aborted))
        {
            batching?.Hold();
            try
            {
                while (!IsClosing && reader.TryRead(out var message))
                {
                    await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, aborted);
                }
            }
            finally
            {
                if (batching is not null)
                {
                    await batching.ReleaseAsync(aborted);
                }
            }
            if (IsClosing)
            {
                break;
            }
        }

        if (Volatile.Read(ref closeReason) is { } close && socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            await socket.CloseOutputAsync(close.Status, close.Description, aborted);
        }
    }
}
