namespace Rugao.Graph.Server.Schema.Relay;

/// <summary>What <c>PageInfo</c> reads from any page, whatever it holds.</summary>
public interface IPageInfo
{
    bool HasNextPage { get; }
    bool HasPreviousPage { get; }
    string? StartCursor { get; }
    string? EndCursor { get; }
}
