using System.Buffers;

namespace Rugao.Graph.Server.Transports.WebSockets;

/// <summary>
/// The upgraded connection's stream, able to hold back writes while the send loop sends a run of queued messages
/// (<see cref="Hold"/>) and hand them to the transport in one write (<see cref="ReleaseAsync"/>). Each message is
/// still its own WebSocket frame; only the socket writes, their flushes and wake-ups are shared. Writes made while
/// nothing is held (close frames, the socket's own pongs) go straight through.
/// </summary>
internal sealed class BatchingStream(Stream inner) : Stream
{
    private const int BufferBytes = 32 * 1024;
    // One writer at a time: the socket's frames and our release may come from different loops.
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private byte[]? pending;
    private int pendingLength;
    private volatile bool holding;

    /// <summary>Keeps the following writes in memory until <see cref="ReleaseAsync"/>.</summary>
    public void Hold() => holding = true;

    /// <summary>Writes what was held back, in one write, and stops holding.</summary>
    public async ValueTask ReleaseAsync(CancellationToken cancellationToken)
    {
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            holding = false;
            await WriteHeldAsync(cancellationToken);
        }
        finally
        {
            writeGate.Release();
        }
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            if (!holding)
            {
                await WriteHeldAsync(cancellationToken);
                await inner.WriteAsync(buffer, cancellationToken);
                return;
            }
            if (pendingLength + buffer.Length > BufferBytes)
            {
                await WriteHeldAsync(cancellationToken);
            }

            if (buffer.Length > BufferBytes)
            {
                await inner.WriteAsync(buffer, cancellationToken);
                return;
            }
            // Rented per run, not kept: thousands of idle sockets must not each hold a buffer.
            pending ??= ArrayPool<byte>.Shared.Rent(BufferBytes);
            buffer.Span.CopyTo(pending.AsSpan(pendingLength));
            pendingLength += buffer.Length;
        }
        finally
        {
            writeGate.Release();
        }
    }

    private async ValueTask WriteHeldAsync(CancellationToken cancellationToken)
    {
        if (pending is not { } held)
        {
            return;
        }

        var count = pendingLength;
        pending = null;
        pendingLength = 0;
        try
        {
            if (count > 0)
            {
                await inner.WriteAsync(held.AsMemory(0, count), cancellationToken);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(held);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) =>
        WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(buffer, cancellationToken);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        inner.ReadAsync(buffer, offset, count, cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override void Flush() => inner.Flush();

    public override bool CanRead => inner.CanRead;

    public override bool CanWrite => inner.CanWrite;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            writeGate.Dispose();
        }
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync();
        writeGate.Dispose();
        await base.DisposeAsync();
    }
}
