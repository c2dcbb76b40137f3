using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;

namespace Rugao.Graph.Server.Transports.WebSockets;

/// <summary>
/// One graphql-transport-ws socket: reads messages one at a time, runs operations concurrently, and closes with the
/// protocol's codes. Whatever a client sends, only its own socket is affected.
/// </summary>
internal sealed partial class GraphQLWebSocketConnection : IDisposable
{
    private readonly ConnectionServices _services;
    private readonly OutgoingQueue _queue;
    private readonly CancellationTokenSource _closeDeadline;
    private readonly CancellationTokenSource _aborted;
    private readonly ConcurrentDictionary<string, Operation> _operations = new(StringComparer.Ordinal);
    private ClaimsPrincipal _user;
    private string? _credential;
    private volatile string? _apiKey;
    private int _initReceived;
    private volatile bool _acknowledged;

    /// <param name="user">Who opened the socket (from its upgrade request); <c>connection_init</c> may replace it.</param>
    /// <param name="credential">The bearer token of the upgrade request that authenticated <paramref name="user"/>, if any.</param>
    /// <param name="requestAborted">The upgrade request's token: the socket's transport has gone.</param>
    public GraphQLWebSocketConnection(ConnectionServices services, ClaimsPrincipal user, string? credential, CancellationToken requestAborted)
    {
        _services = services;
        _user = user;
        _credential = credential;
        _queue = new OutgoingQueue(services.Options.SendQueueCapacity, () => Close(CloseCodes.SendQueueFull));
        _closeDeadline = new CancellationTokenSource(Timeout.InfiniteTimeSpan, services.Time);
        _aborted = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, _closeDeadline.Token);
    }

    /// <summary>Starts the <c>connection_init</c> clock; call it before accepting the socket.</summary>
    public void StartInitTimer() => _ = CloseUnlessInitialisedAsync();

    /// <summary>
    /// Asks for the socket to close: nothing more is sent but the close frame, every operation stops, and a client
    /// that does not answer the close within <see cref="GraphQLWebSocketOptions.CloseTimeout"/> is dropped.
    /// </summary>
    public void Close(CloseReason reason)
    {
        if (_queue.IsClosing)
            return;
        _queue.Close(reason);
        StopOperations();
        try
        {
            _closeDeadline.CancelAfter(_services.Options.CloseTimeout);
        }
        catch (ObjectDisposedException)
        {
            // The connection already ended.
        }
    }

    /// <param name="batching">The stream under <paramref name="socket"/>, when it can batch writes.</param>
    public async Task RunAsync(WebSocket socket, BatchingStream? batching = null)
    {
        var sending = SendAsync(socket, batching);
        var pinging = PingAsync();
        try
        {
            await ReceiveAsync(socket).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client vanished or did not complete the closing handshake in time.
        }
        catch (Exception exception)
        {
            _services.Logger.LogError(exception, "A GraphQL WebSocket connection failed");
            Close(CloseCodes.InternalServerError);
        }
        finally
        {
            Close(CloseCodes.Normal);
            await sending.ConfigureAwait(false);
            await _aborted.CancelAsync().ConfigureAwait(false);
            await pinging.ConfigureAwait(false);
        }
    }

    private async Task ReceiveAsync(WebSocket socket)
    {
        var maxBytes = _services.Options.MaxMessageBytes;
        var message = new ArrayBufferWriter<byte>(1024);
        var oversized = false;
        while (true)
        {
            var result = await socket.ReceiveAsync(message.GetMemory(4096), _aborted.Token).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                // RFC 6455 §5.5.1: answer the client's close frame with one of ours.
                Close(CloseCodes.Normal);
                return;
            }

            if (!oversized)
                message.Advance(result.Count);
            if (message.WrittenCount > maxBytes && !oversized)
            {
                oversized = true;
                Close(CloseCodes.MessageTooLarge(maxBytes));
            }

            if (oversized)
                message.ResetWrittenCount();
            if (!result.EndOfMessage)
                continue;

            if (!oversized && !_queue.IsClosing)
                await HandleAsync(message.WrittenMemory).ConfigureAwait(false);
            message.ResetWrittenCount();
            oversized = false;
        }
    }

    private async Task SendAsync(WebSocket socket, BatchingStream? batching)
    {
        try
        {
            await _queue.RunAsync(socket, batching, _aborted.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The socket is gone; the receive loop ends the same way.
        }
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(_services.Options.ConnectionInitTimeout, _services.Time, _aborted.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        if (Volatile.Read(ref _initReceived) == 0)
            Close(CloseCodes.ConnectionInitialisationTimeout);
    }

    private async Task PingAsync()
    {
        if (_services.Options.PingInterval <= TimeSpan.Zero)
            return;
        using var timer = new PeriodicTimer(_services.Options.PingInterval, _services.Time);
        try
        {
            while (await timer.WaitForNextTickAsync(_aborted.Token).ConfigureAwait(false))
            {
                if (_acknowledged)
                    _queue.TryEnqueue(ServerMessages.Ping);
                if (_apiKey is { } key)
                    await CloseUnlessKeyValidAsync(key).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended.
        }
    }

    public void Dispose()
    {
        StopOperations();
        _aborted.Dispose();
        _closeDeadline.Dispose();
    }
}
