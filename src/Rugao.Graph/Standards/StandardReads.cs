using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Standards;

/// <summary>Reads standards: by ID, by code for a reader, the ones each standard replaced, and those with an open draft.</summary>
public sealed class StandardReads(IDbContextFactory<RugaoDbContext> contexts)
{
    /// <summary>Every standard asked for, drafts included: the caller decides who may see which.</summary>
    public async Task<IReadOnlyDictionary<int, Standard>> ByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Standards.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
    }

    /// <summary>
    /// The standard a code names, if <paramref name="reader"/> may see it; a code with a year must name one of its
    /// editions the reader may see too.
    /// </summary>
    public async Task<Standard?> ByCodeAsync(StandardCode code, Readership reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var compact = code.WithoutYear().CompactKey;
        var standard = await db.Standards.Where(StandardVisibility.StandardsFor(reader))
            .FirstOrDefaultAsync(s => s.CompactKey == compact, cancellationToken);
        if (standard is null || code.Year is not { } year)
        {
            return standard;
        }

        return await db.StandardVersions.Where(StandardVisibility.VersionsFor(reader))
            .AnyAsync(v => v.StandardId == standard.Id && v.Year == year, cancellationToken)
            ? standard
            : null;
    }

    /// <summary>The published standards each standard replaced (代替), by code.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<Standard>>> ReplacedByAsync(
        IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var replaced = await db.Standards.Where(StandardVisibility.Published)
            .Where(s => s.SupersededById != null && ids.Contains(s.SupersededById.Value))
            .OrderBy(s => s.Identity).ToListAsync(cancellationToken);
        return replaced.GroupBy(s => s.SupersededById!.Value)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Standard>)g.ToList());
    }

    /// <summary>Standards with an open (unpublished) draft, by code, one page of them.</summary>
    public async Task<Paged<Standard>> WithOpenDraftAsync(Func<int, (int Offset, int Count)> window, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var drafts = db.StandardVersions.Where(StandardVisibility.Draft);
        var withDraft = db.Standards.Where(s => drafts.Any(v => v.StandardId == s.Id));
        return await PagedQuery.ReadAsync(withDraft, q => q.OrderBy(s => s.Identity), window, cancellationToken);
    }

    /// <summary>Each standard's code without year, for messages that name it.</summary>
    public async Task<IReadOnlyDictionary<int, string>> IdentitiesAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Standards.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Identity, cancellationToken);
    }
}
