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
    private readonly ConnectionServices services;
    private readonly OutgoingQueue queue;
    private readonly CancellationTokenSource closeDeadline;
    private readonly CancellationTokenSource aborted;
    private readonly ConcurrentDictionary<string, Operation> operations = new(StringComparer.Ordinal);
    private ClaimsPrincipal user;
    private string? credential;
    private volatile string? apiKey;
    private int initReceived;
    private volatile bool acknowledged;

    /// <param name="user">Who opened the socket (from its upgrade request); <c>connection_init</c> may replace it.</param>
    /// <param name="credential">The bearer token of the upgrade request that authenticated <paramref name="user"/>, if any.</param>
    /// <param name="requestAborted">The upgrade request's token: the socket's transport has gone.</param>
    public GraphQLWebSocketConnection(ConnectionServices services, ClaimsPrincipal user, string? credential, CancellationToken requestAborted)
    {
        this.services = services;
        this.user = user;
        this.credential = credential;
        queue = new OutgoingQueue(services.Options.SendQueueCapacity, () => Close(CloseCodes.SendQueueFull));
        closeDeadline = new CancellationTokenSource(Timeout.InfiniteTimeSpan, services.Time);
        aborted = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, closeDeadline.Token);
    }

    /// <summary>Starts the <c>connection_init</c> clock; call it before accepting the socket.</summary>
    public void StartInitTimer() => _ = CloseUnlessInitialisedAsync();

    /// <summary>
    /// Asks for the socket to close: nothing more is sent but the close frame, every operation stops, and a client
    /// that does not answer the close within <see cref="GraphQLWebSocketOptions.CloseTimeout"/> is dropped.
    /// </summary>
    public void Close(CloseReason reason)
    {
        if (queue.IsClosing)
        {
            return;
        }

        queue.Close(reason);
        StopOperations();
        try
        {
            closeDeadline.CancelAfter(services.Options.CloseTimeout);
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
            await ReceiveAsync(socket);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client vanished or did not complete the closing handshake in time.
        }
        catch (Exception exception)
        {
            services.Logger.LogError(exception, "A GraphQL WebSocket connection failed");
            Close(CloseCodes.InternalServerError);
        }
        finally
        {
            Close(CloseCodes.Normal);
            await sending;
            await aborted.CancelAsync();
            await pinging;
        }
    }

    private async Task ReceiveAsync(WebSocket socket)
    {
        var maxBytes = services.Options.MaxMessageBytes;
        var message = new ArrayBufferWriter<byte>(1024);
        var oversized = false;
        while (true)
        {
            var result = await socket.ReceiveAsync(message.GetMemory(4096), aborted.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                // RFC 6455 §5.5.1: answer the client's close frame with one of ours.
                Close(CloseCodes.Normal);
                return;
            }

            if (!oversized)
            {
                message.Advance(result.Count);
            }

            if (message.WrittenCount > maxBytes && !oversized)
            {
                oversized = true;
                Close(CloseCodes.MessageTooLarge(maxBytes));
            }

            if (oversized)
            {
                message.ResetWrittenCount();
            }

            if (!result.EndOfMessage)
            {
                continue;
            }

            if (!oversized && !queue.IsClosing)
            {
                await HandleAsync(message.WrittenMemory);
            }

            message.ResetWrittenCount();
            oversized = false;
        }
    }

    private async Task SendAsync(WebSocket socket, BatchingStream? batching)
    {
        try
        {
            await queue.RunAsync(socket, batching, aborted.Token);
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
            await Task.Delay(services.Options.ConnectionInitTimeout, services.Time, aborted.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        if (Volatile.Read(ref initReceived) == 0)
        {
            Close(CloseCodes.ConnectionInitialisationTimeout);
        }
    }

    private async Task PingAsync()
    {
        if (services.Options.PingInterval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(services.Options.PingInterval, services.Time);
        try
        {
            while (await timer.WaitForNextTickAsync(aborted.Token))
            {
                if (acknowledged)
                {
                    queue.TryEnqueue(ServerMessages.Ping);
                }

                if (apiKey is { } key)
                {
                    await CloseUnlessKeyValidAsync(key);
                }
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
        aborted.Dispose();
        closeDeadline.Dispose();
    }
}
