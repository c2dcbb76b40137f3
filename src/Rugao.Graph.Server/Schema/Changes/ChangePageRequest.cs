using GraphQL;
using Rugao.Graph.Errors;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Transports;

namespace Rugao.Graph.Server.Schema.Changes;

/// <summary>
/// How a page of the change log is asked for: forwards in log order (<c>first</c>/<c>after</c>) or backwards, newest
/// first (<c>last</c>/<c>before</c>). Cursors are checked against the log's end once it has been read.
/// </summary>
public sealed record ChangePageRequest(bool Backwards, int Size, long After, long? Before)
{
    public static ChangePageRequest From(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var paging = PageRequest.From(context);
        var first = paging.First;
        var last = paging.Last;
        new PageRequest(first, null, last, null).Validate();
        var backwards = last is not null || paging.Before is not null;
        if (backwards && (first is not null || paging.After is not null))
        {
            throw ErrorCatalog.MixedPagingDirections.ToExecutionError();
        }

        return new ChangePageRequest(
            backwards,
            (backwards ? last : first) ?? PageRequest.DefaultSize,
            ChangeCursor.Decode(paging.After, "after"),
            paging.Before is null ? null : ChangeCursor.Decode(paging.Before, "before"));
    }

    /// <summary>Throws INVALID_CURSOR when a cursor names a change the log does not have yet.</summary>
    public void CheckWithin(long head)
    {
        if (After > head)
        {
            throw ErrorCatalog.CursorBeyondLogEnd.With("after").ToExecutionError();
        }

        if (Before > head + 1)
        {
            throw ErrorCatalog.CursorBeyondLogEnd.With("before").ToExecutionError();
        }
    }
}
