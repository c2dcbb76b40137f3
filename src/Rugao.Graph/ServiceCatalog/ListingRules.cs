namespace Rugao.Graph.ServiceCatalog;

public static class ListingRules
{
    /// <summary>Listed from <see cref="StandardListing.ListedOn"/> up to the day before it was delisted.</summary>
    public static bool IsListedOn(StandardListing listing, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return listing.ListedOn <= day && (listing.DelistedOn is null || listing.DelistedOn > day);
    }
}
