using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Changes;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Standards;

/// <summary>
/// 实施 — records an EFFECTIVE event for every published version whose effective date has arrived (China local day)
/// and was still ahead when the version was published here. Versions already in force when they were published or
/// seeded have their PUBLISHED event only, so history never floods the log.
/// </summary>
/// <remarks>
/// Exactly once per version is the database's promise, not this class's: a unique index on (Kind, VersionId) for
/// EFFECTIVE rows refuses a second row whichever server process, or restart of one, tries to write it. A checkpoint
/// of the last day swept would not do that alone: two processes would both read the old checkpoint and both write.
/// </remarks>
public sealed class EffectiveDates(IDbContextFactory<RugaoDbContext> contexts, TimeProvider time)
{
    public const string Actor = "scheduler";

    /// <summary>Writes the EFFECTIVE events that are due and returns how many this call wrote.</summary>
    public async Task<int> RecordDueAsync(CancellationToken cancellationToken)
    {
        var today = LocalCalendar.Today(time);
        List<StandardVersion> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var candidates = await db.StandardVersions.Include(v => v.Standard)
                .Where(StandardVisibility.PublishedVersion)
                .Where(v => v.EffectiveFrom <= today && v.EffectiveFrom > v.PublishedOn)
                .Where(v => !db.ChangeEvents.Any(e => e.Kind == ChangeKind.Effective && e.VersionId == v.Id))
                .ToListAsync(cancellationToken);
            due = candidates.Where(WasAheadWhenPublished).OrderBy(v => v.EffectiveFrom).ThenBy(v => v.Id).ToList();
        }

        var written = 0;
        foreach (var version in due)
        {
            written += await TryRecordAsync(version, cancellationToken) ? 1 : 0;
        }

        return written;
    }

    /// <summary>The first moment (UTC) of the next China local day, when the next versions can become effective.</summary>
    public DateTimeOffset NextDayStartsAt()
    {
        var tomorrow = LocalCalendar.Today(time).AddDays(1);
        return new DateTimeOffset(tomorrow.ToDateTime(TimeOnly.MinValue), LocalCalendar.Offset).ToUniversalTime();
    }

    private static bool WasAheadWhenPublished(StandardVersion version) =>
        version.PublishedAt is not { } at || DateOnly.FromDateTime(at.ToOffset(LocalCalendar.Offset).DateTime) < version.EffectiveFrom;

    private async Task<bool> TryRecordAsync(StandardVersion version, CancellationToken cancellationToken)
    {
        var standard = version.Standard!;
        var on = version.EffectiveFrom!.Value;
        var name = version.Label is null ? version.Code : $"{version.Code}（{version.Label}）";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeEvents.Add(new ChangeEvent
        {
            Kind = ChangeKind.Effective,
            OccurredAt = time.GetUtcNow(),
            EffectiveOn = on,
            StandardId = standard.Id,
            VersionId = version.Id,
            DepartmentId = standard.DepartmentId,
            Summary = string.Create(CultureInfo.InvariantCulture, $"{name} 自 {on:yyyy-MM-dd} 起实施。{name} is in force from {on:yyyy-MM-dd}."),
            Actor = Actor,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (exception.InnerException is SqliteException { SqliteErrorCode: 19 })
        {
            // SQLITE_CONSTRAINT: another process recorded it first.
            return false;
        }
    }
}
