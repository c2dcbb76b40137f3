using GraphQL.DataLoader;

namespace Rugao.Graph.Server.Schema.Loading;

public static class DataLoaderResultExtensions
{
    /// <summary>Maps a pending result without awaiting it, so the batch stays open for its siblings.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map) =>
        new Mapped<T, TResult>(result, map);

    /// <summary>
    /// Combines two pending results; both keys are queued before either is awaited, so one loader fetches them in
    /// one batch.
    /// </summary>
    public static IDataLoaderResult<TResult> Zip<T1, T2, TResult>(this IDataLoaderResult<T1> first,
        IDataLoaderResult<T2> second, Func<T1, T2, TResult> map) =>
        new Zipped<T1, T2, TResult>(first, second, map);

    /// <summary>A result that is already known, for a branch that needs no load.</summary>
    public static IDataLoaderResult<T> FromValue<T>(T value) => new Known<T>(value);

    private sealed class Known<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }

    private sealed class Zipped<T1, T2, TResult>(IDataLoaderResult<T1> first, IDataLoaderResult<T2> second, Func<T1, T2, TResult> map)
        : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var one = await first.GetResultAsync(cancellationToken);
            var two = await second.GetResultAsync(cancellationToken);
            return map(one, two);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> inner, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
