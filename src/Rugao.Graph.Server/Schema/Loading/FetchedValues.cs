namespace Rugao.Graph.Server.Schema.Loading;

public static class FetchedValues
{
    /// <summary>Found entities as a loader's nullable values; keys that were not found resolve to null.</summary>
    public static IReadOnlyDictionary<TKey, TValue?> OrNull<TKey, TValue>(this IReadOnlyDictionary<TKey, TValue> found)
        where TKey : notnull
        where TValue : class
    {
        ArgumentNullException.ThrowIfNull(found);
        return found.ToDictionary(p => p.Key, p => (TValue?)p.Value);
    }
}
