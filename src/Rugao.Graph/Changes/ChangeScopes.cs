using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Changes;

/// <summary>Turns change rows into notices with their <see cref="ChangeScope"/>: two queries per batch, whatever its size.</summary>
internal static class ChangeScopes
{
    public static async Task<IReadOnlyList<ChangeNotice>> NoticesAsync(
        RugaoDbContext db, IReadOnlyList<ChangeEvent> rows, CancellationToken cancellationToken)
    {
        var standardIds = rows.Where(r => r.StandardId is not null).Select(r => r.StandardId!.Value).Distinct().ToList();
        var listings = standardIds.Count == 0
            ? []
            : await db.StandardListings.Where(l => standardIds.Contains(l.StandardId))
                .Select(l => new { l.StandardId, l.AreaId, l.ServiceItemId }).ToListAsync(cancellationToken);
        var owners = standardIds.Count == 0
            ? []
            : await db.Standards.Where(s => standardIds.Contains(s.Id))
                .Select(s => new { s.Id, s.DepartmentId }).ToListAsync(cancellationToken);
        var listingsOf = listings.ToLookup(l => l.StandardId);
        var ownerOf = owners.ToDictionary(o => o.Id, o => o.DepartmentId);

        return rows.Select(row =>
        {
            var areas = new HashSet<int>();
            var items = new HashSet<int>();
            var departments = new HashSet<int>();
            Add(areas, row.AreaId);
            Add(items, row.ServiceItemId);
            Add(departments, row.DepartmentId);
            if (row.StandardId is { } standardId)
            {
                foreach (var listing in listingsOf[standardId])
                {
                    areas.Add(listing.AreaId);
                    Add(items, listing.ServiceItemId);
                }

                if (ownerOf.TryGetValue(standardId, out var owner))
                {
                    departments.Add(owner);
                }
            }

            return ChangeNotice.From(row, new ChangeScope(areas, items, departments));
        }).ToList();
    }

    private static void Add(HashSet<int> set, int? value)
    {
        if (value is { } id)
        {
            set.Add(id);
        }
    }
}
