namespace Rugao.Graph.Server.Schema.Loading;

/// <summary>A batch loader whose every key maps to a list (the versions of a standard, the children of a node …).</summary>
public abstract class GroupLoader<TKey, TValue> : BatchLoader<TKey, IReadOnlyList<TValue>>
    where TKey : notnull
{
    protected sealed override IReadOnlyList<TValue> Missing(TKey key) => [];
}
