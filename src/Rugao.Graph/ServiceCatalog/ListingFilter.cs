namespace Rugao.Graph.ServiceCatalog;

/// <summary>Which standards-list entries to read; empty lists narrow nothing.</summary>
public sealed record ListingFilter
{
    public IReadOnlyCollection<int> StandardIds { get; init; } = [];

    public IReadOnlyCollection<int> AreaIds { get; init; } = [];

    public IReadOnlyCollection<int> ServiceItemIds { get; init; } = [];
}
