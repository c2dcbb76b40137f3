using Rugao.Graph.Server.Transports.WebSockets;

namespace Rugao.Graph.Tests.Server.Transports.WebSockets;

public sealed class OutgoingQueueTests
{
    [Fact]
    public async Task FullQueue_RefusesTheMessage_AndReportsOverflowOnce()
    {
        var overflows = 0;
        var reported = new TaskCompletionSource();
        var queue = new OutgoingQueue(capacity: 2, () =>
        {
            Interlocked.Increment(ref overflows);
            reported.TrySetResult();
        });

        var accepted = Enumerable.Range(0, 4).Select(_ => queue.TryEnqueue(new byte[1])).ToArray();
        await reported.Task.WaitAsync(TimeSpan.FromSeconds(30));
        queue.Close(CloseCodes.SendQueueFull);
        var afterClose = queue.TryEnqueue(new byte[1]);

        Assert.Equal([true, true, false, false], accepted);
        Assert.False(afterClose);
        Assert.Equal(1, overflows);
    }

    [Fact]
    public void CloseReason_IsCutToTheControlFrameLimit()
    {
        var reason = CloseCodes.SubscriberAlreadyExists(new string('x', 300));

        Assert.Equal(4409, (int)reason.Status);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(reason.Description) <= 123);
    }
}
