namespace Rugao.Graph.Server.Schema.ServiceCatalog;

/// <summary>A standard or service item, and the day its standards list is read for.</summary>
public readonly record struct ListingKey(int Id, DateOnly AsOf);
