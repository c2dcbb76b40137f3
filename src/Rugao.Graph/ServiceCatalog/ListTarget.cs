using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Changes;
using Rugao.Graph.Editing;
using Rugao.Graph.Standards;
using Rugao.Graph.Storage;

namespace Rugao.Graph.ServiceCatalog;

/// <summary>What a list adjustment or a link names: a standard, and a service area or one of its items.</summary>
internal sealed record ListTarget(Standard Standard, DateOnly? FirstPublishedOn, ServiceArea Area, ServiceItem? Item)
{
    public int? ItemId => Item?.Id;

    /// <summary>Loads the rows, reporting NOT_FOUND per field and an item that lies outside the named area.</summary>
    public static async Task<(ListTarget? Target, List<UserError> Errors)> ResolveAsync(
        RugaoDbContext db, int standardId, int? areaId, int? itemId, CancellationToken cancellationToken)
    {
        var errors = new List<UserError>();
        var standard = await db.Standards.FirstOrDefaultAsync(s => s.Id == standardId, cancellationToken);
        if (standard is null)
        {
            errors.Add(EditErrors.NotFoundAt("标准 standard", "standardId"));
        }

        var item = itemId is { } i ? await db.ServiceItems.FirstOrDefaultAsync(x => x.Id == i, cancellationToken) : null;
        if (itemId is not null && item is null)
        {
            errors.Add(EditErrors.NotFoundAt("服务事项 service item", "serviceItemId"));
        }

        var areaKey = areaId ?? item?.AreaId;
        var area = areaKey is { } a ? await db.ServiceAreas.FirstOrDefaultAsync(x => x.Id == a, cancellationToken) : null;
        if (areaId is null && itemId is null)
        {
            errors.Add(ListingErrors.AreaOrItemRequiredAt("areaId"));
        }
        else if (areaId is not null && area is null)
        {
            errors.Add(EditErrors.NotFoundAt("服务领域 service area", "areaId"));
        }
        else if (area is not null && item is not null && item.AreaId != area.Id)
        {
            errors.Add(ListingErrors.ItemNotInAreaAt(area.Name, "serviceItemId"));
        }

        if (standard is null || area is null || errors.Count > 0)
        {
            return (null, errors);
        }

        var firstPublished = await db.StandardVersions.Where(StandardVisibility.PublishedVersion).Where(v => v.StandardId == standard.Id)
            .MinAsync(v => v.PublishedOn, cancellationToken);
        return (new ListTarget(standard, firstPublished, area, item), errors);
    }

    public ChangeEvent Event(ListAction action, DateOnly day, string reason, string actor, DateTimeOffset now)
    {
        var where = Item is null ? Area.Name : $"{Area.Name} · {Item.Name}";
        var summary = action == ListAction.List
            ? $"{Standard.Identity} 列入 {where} 标准清单：{reason}。Listed {Standard.Identity} from {day:yyyy-MM-dd}."
            : $"{Standard.Identity} 移出 {where} 标准清单：{reason}。Delisted {Standard.Identity} from {day:yyyy-MM-dd}.";
        return new ChangeEvent
        {
            Kind = action == ListAction.List ? ChangeKind.Listed : ChangeKind.Delisted,
            OccurredAt = now, EffectiveOn = day, StandardId = Standard.Id, AreaId = Area.Id, ServiceItemId = Item?.Id,
            DepartmentId = Standard.DepartmentId, Summary = summary, Actor = actor,
        };
    }
}
