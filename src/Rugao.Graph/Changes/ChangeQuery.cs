using Rugao.Graph.Storage;

namespace Rugao.Graph.Changes;

/// <summary>
/// <see cref="ChangeFilter"/> as SQL. Links to standards are resolved by uncorrelated sub-queries
/// (<c>StandardId IN (SELECT …)</c>) that the database evaluates once per read, on the listing indexes.
/// </summary>
internal static class ChangeQuery
{
    public static IQueryable<ChangeEvent> Matching(RugaoDbContext db, ChangeFilter filter)
    {
        var events = db.ChangeEvents.AsQueryable();
        if (!filter.IncludeEditorial)
        {
            var editorial = ChangeFilter.EditorialKinds.ToList();
            events = events.Where(e => !editorial.Contains(e.Kind));
        }

        if (filter.Kinds is { Count: > 0 } kinds)
        {
            var wanted = kinds.ToList();
            events = events.Where(e => wanted.Contains(e.Kind));
        }

        if (filter.StandardIds is { Count: > 0 } standards)
        {
            var ids = standards.Cast<int?>().ToList();
            events = events.Where(e => ids.Contains(e.StandardId));
        }

        if (filter.AreaIds is { Count: > 0 } areaIds)
        {
            var areas = areaIds.Cast<int?>().ToList();
            var listed = db.StandardListings.Where(l => areas.Contains(l.AreaId)).Select(l => (int?)l.StandardId);
            events = events.Where(e => areas.Contains(e.AreaId) || listed.Contains(e.StandardId));
        }

        if (filter.ServiceItemIds is { Count: > 0 } itemIds)
        {
            var items = itemIds.Cast<int?>().ToList();
            var listed = db.StandardListings.Where(l => items.Contains(l.ServiceItemId)).Select(l => (int?)l.StandardId);
            events = events.Where(e => items.Contains(e.ServiceItemId) || listed.Contains(e.StandardId));
        }

        if (filter.DepartmentIds is { Count: > 0 } departmentIds)
        {
            var departments = departmentIds.Cast<int?>().ToList();
            var owned = db.Standards.Where(s => departments.Contains(s.DepartmentId)).Select(s => (int?)s.Id);
            events = events.Where(e => departments.Contains(e.DepartmentId) || owned.Contains(e.StandardId));
        }

        return events;
    }
}
