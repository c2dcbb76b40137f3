using Rugao.Graph.Changes;
using Rugao.Graph.Server.Schema.Relay;

namespace Rugao.Graph.Server.Schema.Changes;

/// <summary>One page of the change feed: in log order when read forwards, newest first when read backwards.</summary>
public sealed record ChangePage(ChangeBatch Batch, ChangePageRequest Request, DateTimeOffset ReadAt) : IPageInfo
{
    public IReadOnlyList<ChangeNotice> Notices => Batch.Notices;

    public IEnumerable<Edge<ChangeNotice>> Edges => Notices.Select(n => new Edge<ChangeNotice>(ChangeCursor.Encode(n.Sequence), n));

    /// <summary>Newer notices follow: forwards, ones already committed; backwards, any when the page ends before the log's end.</summary>
    public bool HasNextPage => Request.Backwards ? Request.Before is not null && Request.Before <= Batch.Head : Batch.HasMore;

    /// <summary>Older notices precede: backwards, ones beyond this page; forwards, any when it started after a cursor.</summary>
    public bool HasPreviousPage => Request.Backwards ? Batch.HasMore : Request.After > 0;

    public string? StartCursor => Notices.Count == 0 ? null : ChangeCursor.Encode(Notices[0].Sequence);

    public string? EndCursor => Notices.Count == 0 ? null : ChangeCursor.Encode(Notices[^1].Sequence);

    public string UpToDateAsOf => ChangeCursor.Encode(Batch.UpTo);
}
