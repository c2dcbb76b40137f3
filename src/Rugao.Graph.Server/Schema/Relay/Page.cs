namespace Rugao.Graph.Server.Schema.Relay;

/// <summary>One page of a connection: the items and where they sit in the whole filtered list.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, int TotalCount) : IPageInfo
{
    public string? StartCursor => Items.Count == 0 ? null : Cursor.FromOffset(Offset);

    public string? EndCursor => Items.Count == 0 ? null : Cursor.FromOffset(Offset + Items.Count - 1);

    public bool HasPreviousPage => Offset > 0;

    public bool HasNextPage => Offset + Items.Count < TotalCount;

    public IEnumerable<Edge<T>> Edges => Items.Select((item, i) => new Edge<T>(Cursor.FromOffset(Offset + i), item));
}

public static class Page
{
    /// <summary>Cuts a page out of a list already in memory.</summary>
    public static Page<T> From<T>(IReadOnlyList<T> all, PageRequest request)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(request);
        var (offset, count) = request.Window(all.Count);
        return new Page<T>(all.Skip(offset).Take(count).ToList(), offset, all.Count);
    }
}

public sealed record Edge<T>(string Cursor, T Node);
