using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Standards;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Search;

/// <summary>
/// The facts of every published standard that filters and facets use, read from the database once per state of the
/// change log rather than on every search. Every change of data writes its change event in the same transaction, so
/// the latest event sequence stamps the state: a search asks only for it (one indexed lookup) and reads the facts
/// again when it moved. Reading the stamp before the facts means a concurrent change can only cause an extra read.
/// </summary>
public sealed class StandardFactsSnapshot(IDbContextFactory<RugaoDbContext> contexts)
{
    private Snapshot? current;

    internal async Task<IReadOnlyDictionary<int, StandardFacts>> GetAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stamp = await db.ChangeEvents.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
        var snapshot = Volatile.Read(ref current);
        if (snapshot is null || snapshot.Stamp != stamp)
        {
            snapshot = new Snapshot(stamp, await ReadAsync(db, cancellationToken));
            Volatile.Write(ref current, snapshot);
        }

        return snapshot.Facts;
    }

    private static async Task<Dictionary<int, StandardFacts>> ReadAsync(RugaoDbContext db, CancellationToken cancellationToken)
    {
        var listings = (await db.StandardListings.ToListAsync(cancellationToken))
            .ToLookup(l => l.StandardId, l => new ListingInterval(l.AreaId, l.ServiceItemId, l.ListedOn, l.DelistedOn));
        var standards = await db.Standards.Where(StandardVisibility.Published)
            .Select(s => new
            {
                s.Id, s.Level, s.DepartmentId, s.SystemNodeId, s.FirstEffectiveOn, s.AbolishedOn,
                SupersededOn = s.SupersededBy == null ? null : s.SupersededBy.FirstEffectiveOn,
            })
            .ToListAsync(cancellationToken);
        return standards.ToDictionary(s => s.Id, s => new StandardFacts(s.Id, s.Level, s.DepartmentId, s.SystemNodeId,
            s.FirstEffectiveOn!.Value, s.AbolishedOn, s.SupersededOn, listings[s.Id].ToList()));
    }

    private sealed record Snapshot(long Stamp, IReadOnlyDictionary<int, StandardFacts> Facts);
}
