using System.Text.Json.Serialization;

namespace Rugao.Graph.Search.Elasticsearch;

/// <summary>A <see cref="ListingInterval"/> in <c>_source</c>; kept, not indexed, since the service filters by standard.</summary>
internal sealed record ElasticsearchListing(
    [property: JsonPropertyName("areaId")] int AreaId,
    [property: JsonPropertyName("serviceItemId")] int? ServiceItemId,
    [property: JsonPropertyName("listedOn")] DateOnly ListedOn,
    [property: JsonPropertyName("delistedOn")] DateOnly? DelistedOn)
{
    public static ElasticsearchListing From(ListingInterval listing) =>
        new(listing.AreaId, listing.ServiceItemId, listing.ListedOn, listing.DelistedOn);

    public ListingInterval ToInterval() => new(AreaId, ServiceItemId, ListedOn, DelistedOn);
}
