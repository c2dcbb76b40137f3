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
    private readonly SemaphoreSlim _gate = new(1, 1);
    private byte[]? _buffer;
    private int _count;
    private volatile bool _holding;

    /// <summary>Keeps the following writes in memory until <see cref="ReleaseAsync"/>.</summary>
    public void Hold() => _holding = true;

    /// <summary>Writes what was held back, in one write, and stops holding.</summary>
    public async ValueTask ReleaseAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _holding = false;
            await WriteHeldAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_holding)
            {
                await WriteHeldAsync(cancellationToken).ConfigureAwait(false);
                await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
                return;
            }
            if (_count + buffer.Length > BufferBytes)
                await WriteHeldAsync(cancellationToken).ConfigureAwait(false);
            if (buffer.Length > BufferBytes)
            {
                await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
                return;
            }
            // Rented per run, not kept: thousands of idle sockets must not each hold a buffer.
            _buffer ??= ArrayPool<byte>.Shared.Rent(BufferBytes);
            buffer.Span.CopyTo(_buffer.AsSpan(_count));
            _count += buffer.Length;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async ValueTask WriteHeldAsync(CancellationToken cancellationToken)
    {
        if (_buffer is not { } held)
            return;
        var count = _count;
        _buffer = null;
        _count = 0;
        try
        {
            if (count > 0)
                await inner.WriteAsync(held.AsMemory(0, count), cancellationToken).ConfigureAwait(false);
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
            _gate.Dispose();
        }
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
        await base.DisposeAsync().ConfigureAwait(false);
    }
}
