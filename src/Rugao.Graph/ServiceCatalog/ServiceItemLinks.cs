using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Changes;
using Rugao.Graph.Editing;
using Rugao.Graph.Errors;
using Rugao.Graph.Standards;
using Rugao.Graph.Storage;

namespace Rugao.Graph.ServiceCatalog;

/// <summary>
/// 关联服务事项 — links a published standard to the service item it specifies, and removes the link. The link is
/// what the list builds on: an item's list can only hold standards linked to it, so a link still in use by the list
/// cannot be removed. One transaction with the SERVICE_ITEM_LINKED or SERVICE_ITEM_UNLINKED event.
/// </summary>
public sealed class ServiceItemLinks(IDbContextFactory<RugaoDbContext> contexts, TimeProvider time)
{
    public async Task<EditOutcome<ServiceItemLink>> LinkAsync(int standardId, int serviceItemId, string actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (target, errors) = await ResolveAsync(db, standardId, serviceItemId, cancellationToken);
        if (target is not null && target.Standard.AbolishedOn is { } abolished && abolished <= LocalCalendar.Today(time))
        {
            errors.Add(ErrorCatalog.StandardAbolishedOnLink.With(abolished).At("standardId"));
        }

        if (target is not null && await db.ServiceItemLinks.AnyAsync(l => l.StandardId == standardId && l.ServiceItemId == serviceItemId, cancellationToken))
        {
            errors.Add(ListingErrors.AlreadyLinkedAt("serviceItemId"));
        }

        if (errors.Count > 0 || target is null)
        {
            return EditOutcome.Failed<ServiceItemLink>(errors);
        }

        var now = time.GetUtcNow();
        var link = new ServiceItemLink { StandardId = standardId, ServiceItemId = serviceItemId, LinkedAt = now, LinkedBy = actor };
        db.ServiceItemLinks.Add(link);
        db.ChangeEvents.Add(Event(ChangeKind.ServiceItemLinked, target, actor, now,
            $"{target.Standard.Identity} 关联服务事项 {target.Item!.Name}。Linked {target.Standard.Identity} to service item {target.Item.Code}."));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return EditOutcome.Done(link);
    }

    public async Task<EditOutcome<ServiceItemLink>> UnlinkAsync(int standardId, int serviceItemId, string actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (target, errors) = await ResolveAsync(db, standardId, serviceItemId, cancellationToken);
        var today = LocalCalendar.Today(time);
        var link = target is null
            ? null
            : await db.ServiceItemLinks.AsTracking().FirstOrDefaultAsync(l => l.StandardId == standardId && l.ServiceItemId == serviceItemId, cancellationToken);
        if (target is not null && link is null)
        {
            errors.Add(ListingErrors.NotLinkedAt("serviceItemId"));
        }
        else if (link is not null && await db.StandardListings.AnyAsync(l => l.StandardId == standardId
                     && l.ServiceItemId == serviceItemId && (l.DelistedOn == null || l.DelistedOn > today), cancellationToken))
        {
            errors.Add(ListingErrors.StillListedAt("serviceItemId"));
        }

        if (errors.Count > 0 || target is null || link is null)
        {
            return EditOutcome.Failed<ServiceItemLink>(errors);
        }

        var now = time.GetUtcNow();
        db.ServiceItemLinks.Remove(link);
        db.ChangeEvents.Add(Event(ChangeKind.ServiceItemUnlinked, target, actor, now,
            $"{target.Standard.Identity} 取消关联服务事项 {target.Item!.Name}。Unlinked {target.Standard.Identity} from service item {target.Item.Code}."));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return EditOutcome.Done(link);
    }

    private static async Task<(ListTarget? Target, List<UserError> Errors)> ResolveAsync(
        RugaoDbContext db, int standardId, int serviceItemId, CancellationToken cancellationToken)
    {
        var (target, errors) = await ListTarget.ResolveAsync(db, standardId, null, serviceItemId, cancellationToken);
        if (target is { FirstPublishedOn: null })
        {
            errors.Add(ErrorCatalog.NotPublishedOnLink.At("standardId"));
            return (null, errors);
        }

        return (target, errors);
    }

    private static ChangeEvent Event(ChangeKind kind, ListTarget target, string actor, DateTimeOffset now, string summary) => new()
    {
        Kind = kind, OccurredAt = now, StandardId = target.Standard.Id, AreaId = target.Area.Id, ServiceItemId = target.Item!.Id,
        DepartmentId = target.Standard.DepartmentId, Summary = summary, Actor = actor,
    };
}
