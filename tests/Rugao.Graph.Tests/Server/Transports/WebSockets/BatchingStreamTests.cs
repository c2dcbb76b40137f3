using Rugao.Graph.Server.Transports.WebSockets;

namespace Rugao.Graph.Tests.Server.Transports.WebSockets;

public sealed class BatchingStreamTests
{
    [Fact]
    public async Task HeldWrites_ReachTheTransportTogether_OnRelease()
    {
        var transport = new CountingStream();
        await using var stream = new BatchingStream(transport);

        stream.Hold();
        await stream.WriteAsync("ab"u8.ToArray());
        await stream.WriteAsync("cd"u8.ToArray());
        var writesWhileHeld = transport.Writes;
        await stream.ReleaseAsync(CancellationToken.None);
        await stream.WriteAsync("e"u8.ToArray());

        Assert.Equal(0, writesWhileHeld);
        Assert.Equal(2, transport.Writes);
        Assert.Equal("abcde"u8.ToArray(), transport.ToArray());
    }

    [Fact]
    public async Task HeldWrites_PastTheBuffer_AreWrittenInOrder()
    {
        var transport = new CountingStream();
        await using var stream = new BatchingStream(transport);
        var expected = Enumerable.Range(0, 100).SelectMany(i => Enumerable.Repeat((byte)i, 1000)).ToArray();

        stream.Hold();
        for (var i = 0; i < 100; i++)
        {
            await stream.WriteAsync(expected.AsMemory(i * 1000, 1000));
        }

        await stream.ReleaseAsync(CancellationToken.None);

        Assert.Equal(expected, transport.ToArray());
        Assert.InRange(transport.Writes, 2, 10);
    }

    private sealed class CountingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writes++;
            return base.WriteAsync(buffer, cancellationToken);
        }
    }
}
