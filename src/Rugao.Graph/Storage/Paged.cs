namespace Rugao.Graph.Storage;

/// <summary>One page read from the database: the items, where they start in the whole list, and its length.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Offset, int Total);
