using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Editing;
using Rugao.Graph.Errors;
using Rugao.Graph.Standards;
using Rugao.Graph.Storage;

namespace Rugao.Graph.ServiceCatalog;

/// <summary>
/// 标准清单动态调整 — lists and delists standards. Listing opens an interval and delisting closes it, never
/// rewriting the past, so the list as it stood on any day and every adjustment stay readable. One transaction
/// with the LISTED or DELISTED event.
/// </summary>
public sealed class StandardList(IDbContextFactory<RugaoDbContext> contexts, TimeProvider time)
{
    public const int ReasonMaxLength = 1000;

    public async Task<EditOutcome<ListAdjustment>> AdjustAsync(AdjustStandardListCommand command, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Taken before the checks, so that two adjustments of the same entry cannot both pass them.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var day = command.EffectiveOn ?? LocalCalendar.Today(time);
        var (target, errors) = await ListTarget.ResolveAsync(db, command.StandardId, command.AreaId, command.ServiceItemId, cancellationToken);
        EditLimits.CheckText(errors, command.Reason, ReasonMaxLength, required: true, "reason");
        if (target is { Standard: var standard })
        {
            StandardChecks(errors, standard, target.FirstPublishedOn, command.Action, day);
            if (target.Item is { } item && command.Action == ListAction.List
                && !await db.ServiceItemLinks.AnyAsync(l => l.StandardId == standard.Id && l.ServiceItemId == item.Id, cancellationToken))
            {
                errors.Add(ListingErrors.NotLinkedAt("serviceItemId"));
            }
        }

        if (errors.Count > 0 || target is null)
        {
            return EditOutcome.Failed<ListAdjustment>(errors);
        }

        var entries = await db.StandardListings.AsTracking()
            .Where(l => l.StandardId == command.StandardId && l.AreaId == target.Area.Id && l.ServiceItemId == target.ItemId)
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var reason = command.Reason!.Trim();
        StandardListing listing;
        if (command.Action == ListAction.List)
        {
            // Any entry open on or after the day would overlap the new interval.
            if (entries.Any(l => l.DelistedOn is null || l.DelistedOn > day))
            {
                return ListingErrors.AlreadyListedAt("effectiveOn");
            }

            listing = new StandardListing
            {
                StandardId = command.StandardId, AreaId = target.Area.Id, ServiceItemId = target.ItemId,
                ListedOn = day, ListReason = reason, ListedBy = actor, ListedAt = now,
            };
            db.StandardListings.Add(listing);
        }
        else
        {
            var open = entries.FirstOrDefault(l => l.DelistedOn is null);
            if (open is null)
            {
                return ListingErrors.NotListedAt("effectiveOn");
            }

            if (open.ListedOn >= day)
            {
                return ListingErrors.DelistNotAfterListingAt(open.ListedOn, "effectiveOn");
            }

            listing = open;
            listing.DelistedOn = day;
            listing.DelistReason = reason;
            listing.DelistedBy = actor;
            listing.DelistedAt = now;
        }

        db.ChangeEvents.Add(target.Event(command.Action, day, reason, actor, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return EditOutcome.Done(ListAdjustment.Of(listing).Last());
    }

    private static void StandardChecks(List<UserError> errors, Standard standard, DateOnly? firstPublishedOn, ListAction action, DateOnly day)
    {
        if (firstPublishedOn is not { } published)
        {
            errors.Add(ErrorCatalog.NotPublishedOnList.At("standardId"));
            return;
        }

        if (day < published)
        {
            errors.Add(ListingErrors.BeforeStandardExistsAt(published, "effectiveOn"));
        }

        // Delisting an abolished standard stays possible: that is how the list is cleaned up after 废止.
        if (action == ListAction.List && standard.AbolishedOn is { } abolished && abolished <= day)
        {
            errors.Add(ErrorCatalog.StandardAbolishedOnList.With(abolished).At("standardId"));
        }
    }
}
