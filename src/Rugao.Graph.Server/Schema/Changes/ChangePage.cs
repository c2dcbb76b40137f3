using Rugao.Graph.Changes;
using Rugao.Graph.Server.Schema.Relay;

namespace Rugao.Graph.Server.Schema.Changes;

/// <summary>One page of the change feed, read after <see cref="After"/>.</summary>
public sealed record ChangePage(ChangeBatch Batch, long After, DateTimeOffset ReadAt) : IPageInfo
{
    public IReadOnlyList<ChangeNotice> Notices => Batch.Notices;

    public IEnumerable<Edge<ChangeNotice>> Edges => Notices.Select(n => new Edge<ChangeNotice>(ChangeCursor.Encode(n.Sequence), n));

    public bool HasNextPage => Batch.HasMore;

    public bool HasPreviousPage => After > 0;

    public string? StartCursor => Notices.Count == 0 ? null : ChangeCursor.Encode(Notices[0].Sequence);

    public string? EndCursor => Notices.Count == 0 ? null : ChangeCursor.Encode(Notices[^1].Sequence);

    public string UpToDateAsOf => ChangeCursor.Encode(Batch.UpTo);
}
