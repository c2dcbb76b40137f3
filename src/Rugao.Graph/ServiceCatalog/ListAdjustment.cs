namespace Rugao.Graph.ServiceCatalog;

/// <summary>
/// 清单调整 — one adjustment of the standards list: the listing it opened or closed, the day it takes effect, the
/// reason, and who made it when (null for rows written before adjustments were audited).
/// </summary>
public sealed record ListAdjustment(StandardListing Listing, ListAction Action, DateOnly EffectiveOn, string? Reason,
    string? Actor, DateTimeOffset? RecordedAt)
{
    /// <summary>The adjustments a listing holds: its listing, and its delisting once it was closed.</summary>
    public static IEnumerable<ListAdjustment> Of(StandardListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        yield return new ListAdjustment(listing, ListAction.List, listing.ListedOn, listing.ListReason, listing.ListedBy, listing.ListedAt);
        if (listing.DelistedOn is { } delisted)
        {
            yield return new ListAdjustment(listing, ListAction.Delist, delisted, listing.DelistReason, listing.DelistedBy, listing.DelistedAt);
        }
    }
}
