namespace Rugao.Graph.Tests.TestSupport;

/// <summary>The source stream behind <c>subscription { ticks }</c>: tests publish to it and watch who listens.</summary>
public sealed class EchoTicker : IObservable<string>
{
    private readonly Lock gate = new();
    private readonly List<IObserver<string>> observers = [];

    public int ListenerCount
    {
        get
        {
            lock (gate)
            {
                return observers.Count;
            }
        }
    }

    public IDisposable Subscribe(IObserver<string> observer)
    {
        lock (gate)
        {
            observers.Add(observer);
        }

        return new Unsubscriber(this, observer);
    }

    public void Publish(string value)
    {
        foreach (var observer in Snapshot())
        {
            observer.OnNext(value);
        }
    }

    public void CompleteAll()
    {
        foreach (var observer in Snapshot())
        {
            observer.OnCompleted();
        }
    }

    /// <summary>Waits (bounded) until <paramref name="count"/> subscriptions listen.</summary>
    public async Task WaitForListenersAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (ListenerCount != count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Expected {count} listeners, have {ListenerCount}.");
            await Task.Delay(10);
        }
    }

    private IObserver<string>[] Snapshot()
    {
        lock (gate)
        {
            return [.. observers];
        }
    }

    private sealed class Unsubscriber(EchoTicker ticker, IObserver<string> observer) : IDisposable
    {
        public void Dispose()
        {
            lock (ticker.gate)
            {
                ticker.observers.Remove(observer);
            }
        }
    }
}
