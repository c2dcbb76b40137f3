using GraphQL.DataLoader;

namespace Rugao.Graph.Server.Schema.Loading;

/// <summary>
/// Collects the keys that resolvers ask for while the executor walks one level of the query, then fetches them all
/// with one query when the first result is awaited. One instance lives for one request and caches what it fetched.
/// </summary>
public abstract class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Lock gate = new();
    private readonly Dictionary<TKey, Batch> batchOf = [];
    private Batch pending;

    protected BatchLoader() => pending = new Batch(this);

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (gate)
        {
            if (!batchOf.TryGetValue(key, out var batch))
            {
                batch = pending;
                batch.Keys.Add(key);
                batchOf[key] = batch;
            }

            return new Result(batch, key);
        }
    }

    /// <summary>Fetches every key in one round trip; keys missing from the answer resolve to <see cref="Missing"/>.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(
        IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken);

    protected virtual TValue Missing(TKey key) => default!;

    private Task<IReadOnlyDictionary<TKey, TValue>> Dispatch(Batch batch, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (batch.Fetch is null)
            {
                if (batch == pending)
                {
                    pending = new Batch(this);
                }

                batch.Fetch = FetchAsync(batch.Keys, cancellationToken);
            }

            return batch.Fetch;
        }
    }

    private sealed class Batch(BatchLoader<TKey, TValue> owner)
    {
        public HashSet<TKey> Keys { get; } = [];

        public Task<IReadOnlyDictionary<TKey, TValue>>? Fetch { get; set; }

        public BatchLoader<TKey, TValue> Owner { get; } = owner;
    }

    private sealed class Result(Batch batch, TKey key) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = await batch.Owner.Dispatch(batch, cancellationToken);
            return values.TryGetValue(key, out var value) ? value : batch.Owner.Missing(key);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
