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
    private readonly Channel<ReadOnlyMemory<byte>> _messages;
    private readonly Action _onOverflow;
    private CloseReason? _close;
    private int _overflowed;

    public OutgoingQueue(int capacity, Action onOverflow)
    {
        _messages = Channel.CreateBounded<ReadOnlyMemory<byte>>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _onOverflow = onOverflow;
    }

    /// <summary>Queues a message; false when the connection is closing or the client is too far behind.</summary>
    public bool TryEnqueue(ReadOnlyMemory<byte> message)
    {
        if (_messages.Writer.TryWrite(message))
            return true;
        // Reported once, and off the caller's thread: producers hold their operation's lock while they enqueue.
        if (Volatile.Read(ref _close) is null && Interlocked.Exchange(ref _overflowed, 1) == 0)
            ThreadPool.UnsafeQueueUserWorkItem(static onOverflow => onOverflow(), _onOverflow, preferLocal: false);
        return false;
    }

    /// <summary>Stops queueing; the loop drops what is still queued and sends the close frame. The first reason wins.</summary>
    public void Close(CloseReason reason)
    {
        if (Interlocked.CompareExchange(ref _close, reason, null) is null)
            _messages.Writer.TryComplete();
    }

    public bool IsClosing => Volatile.Read(ref _close) is not null;

    /// <summary>
    /// Sends queued messages until <see cref="Close"/>, then the close frame. Whatever is queued when the loop wakes
    /// is sent as a run: one WebSocket message (frame) each, handed to the transport together through
    /// <paramref name="batching"/> when there is one.
    /// </summary>
    public async Task RunAsync(WebSocket socket, BatchingStream? batching, CancellationToken aborted)
    {
        var reader = _messages.Reader;
        while (await reader.WaitToReadAsync(aborted).ConfigureAwait(false))
        {
            batching?.Hold();
            try
            {
                while (!IsClosing && reader.TryRead(out var message))
                    await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, aborted).ConfigureAwait(false);
            }
            finally
            {
                if (batching is not null)
                    await batching.ReleaseAsync(aborted).ConfigureAwait(false);
            }
            if (IsClosing)
                break;
        }

        if (Volatile.Read(ref _close) is { } close && socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            await socket.CloseOutputAsync(close.Status, close.Description, aborted).ConfigureAwait(false);
    }
}
