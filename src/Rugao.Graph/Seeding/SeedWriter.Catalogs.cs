using Rugao.Graph.Changes;
using Rugao.Graph.Departments;
using Rugao.Graph.Seeding.Documents;
using Rugao.Graph.ServiceCatalog;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Seeding;

/// <summary>Service catalog editions: areas, categories, items, their listed standards and links.</summary>
public sealed partial class SeedWriter
{
    private async Task<Dictionary<string, ServiceItem>> WriteCatalogsAsync(IReadOnlyList<CatalogDocument> catalogs,
        Dictionary<string, Department> departments, Dictionary<string, Standard> standards,
        CancellationToken cancellationToken)
    {
        var latestItems = new Dictionary<string, ServiceItem>(StringComparer.Ordinal);
        var standardsById = standards.Values.ToDictionary(s => s.Id);
        foreach (var catalog in catalogs.OrderBy(c => c.EffectiveFrom))
        {
            var edition = new ServiceCatalogEdition
            {
                Code = catalog.Code, Name = catalog.Name, Jurisdiction = catalog.Jurisdiction, Basis = catalog.Basis,
                PublishedOn = catalog.PublishedOn, EffectiveFrom = catalog.EffectiveFrom,
            };
            db.CatalogEditions.Add(edition);
            await db.SaveChangesAsync(cancellationToken);
            var listings = new List<(StandardListing Listing, ServiceItem Item, ServiceArea Area)>();
            foreach (var (areaDocument, areaPosition) in catalog.Areas.Select((a, i) => (a, i)))
            {
                var area = new ServiceArea
                {
                    EditionId = edition.Id, Code = areaDocument.Code, Name = areaDocument.Name, Position = areaPosition,
                };
                db.ServiceAreas.Add(area);
                await db.SaveChangesAsync(cancellationToken);
                var itemPosition = 0;
                foreach (var (categoryDocument, categoryPosition) in areaDocument.Categories.Select((c, i) => (c, i)))
                {
                    var category = new ServiceCategory
                    {
                        AreaId = area.Id, Code = categoryDocument.Code, Name = categoryDocument.Name,
                        Position = categoryPosition,
                    };
                    db.ServiceCategories.Add(category);
                    await db.SaveChangesAsync(cancellationToken);
                    foreach (var itemDocument in categoryDocument.Items)
                    {
                        var item = NewItem(itemDocument, edition, area, category, departments, itemPosition++);
                        db.ServiceItems.Add(item);
                        latestItems[item.Code] = item;
                        listings.AddRange(itemDocument.Standards.Select(l => (new StandardListing
                        {
                            StandardId = standards[l.Code.ToString()].Id, AreaId = area.Id, ListedOn = l.ListedOn,
                            ListReason = l.Reason, ListedBy = Actor, ListedAt = now,
                        }, item, area)));
                    }
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            var linked = new HashSet<(int, int)>();
            foreach (var (listing, item, _) in listings)
            {
                listing.ServiceItemId = item.Id;
                db.StandardListings.Add(listing);
                // The catalog lists standards per item, so each listed standard is linked to its item.
                if (linked.Add((listing.StandardId, item.Id)))
                {
                    db.ServiceItemLinks.Add(new ServiceItemLink
                    {
                        StandardId = listing.StandardId, ServiceItemId = item.Id, LinkedAt = now, LinkedBy = Actor,
                    });
                }
            }

            db.ChangeEvents.Add(Event(ChangeKind.CatalogPublished, $"发布服务清单 {edition.Name}", edition.EffectiveFrom));
            await db.SaveChangesAsync(cancellationToken);
            foreach (var (listing, item, area) in listings)
            {
                var standard = standardsById[listing.StandardId];
                var change = Event(ChangeKind.Listed, $"{standard.Identity} 列入 {area.Name} · {item.Name} 标准清单",
                    listing.ListedOn);
                change.StandardId = standard.Id;
                change.AreaId = area.Id;
                change.ServiceItemId = item.Id;
                change.DepartmentId = standard.DepartmentId;
                db.ChangeEvents.Add(change);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return latestItems;
    }

    private static ServiceItem NewItem(ItemDocument document, ServiceCatalogEdition edition, ServiceArea area,
        ServiceCategory category, Dictionary<string, Department> departments, int position) => new()
    {
        EditionId = edition.Id,
        AreaId = area.Id,
        CategoryId = category.Id,
        Code = document.Code,
        Name = document.Name,
        ServiceObject = document.ServiceObject,
        ServiceContent = document.ServiceContent,
        ServiceStandard = document.ServiceStandard,
        PaymentResponsibility = document.PaymentResponsibility,
        LeadDepartment = document.LeadDepartment,
        DepartmentId = document.DepartmentCode is null ? null : departments[document.DepartmentCode].Id,
        Position = position,
    };
}
