using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Search;

/// <summary>A standard listed for an area (and, when set, a service item) from one day up to the day before delisting.</summary>
public sealed record ListingInterval(int AreaId, int? ServiceItemId, DateOnly ListedOn, DateOnly? DelistedOn)
{
    public bool IsListedOn(DateOnly day) => ListingRules.IsListedOn(ListedOn, DelistedOn, day);
}
