using Microsoft.EntityFrameworkCore;
using Rugao.Graph.ServiceCatalog;
using Rugao.Graph.StandardSystem;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Standards;

/// <summary>Filters, sorts and pages published standards as they stood on a day, in the database.</summary>
public sealed class StandardFinder(IDbContextFactory<RugaoDbContext> contexts)
{
    public async Task<(IReadOnlyList<Standard> Items, int Total)> FindAsync(
        StandardFilter filter, StandardOrder order, DateOnly asOf, Func<int, (int Offset, int Count)> window,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(window);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var nodeIds = filter.SystemNodeIds is { Count: > 0 } roots
            ? await SystemSubtree.IdsAsync(db, roots, cancellationToken)
            : null;

        var published = StandardVisibility.PublishedVersion;
        var query = Filter(db, db.Standards.Where(StandardVisibility.Published), filter, nodeIds, asOf)
            .Select(s => new
            {
                Standard = s,
                IssuedOn = s.Versions.AsQueryable().Where(published)
                        .Where(v => v.Kind == StandardVersionKind.Edition && v.EffectiveFrom <= asOf)
                        .OrderByDescending(v => v.EffectiveFrom).Select(v => v.PublishedOn).FirstOrDefault()
                    ?? s.Versions.AsQueryable().Where(published).Where(v => v.Kind == StandardVersionKind.Edition)
                        .OrderBy(v => v.EffectiveFrom).Select(v => v.PublishedOn).FirstOrDefault(),
                EffectiveOn = s.Versions.AsQueryable().Where(published)
                        .Where(v => v.Kind == StandardVersionKind.Edition && v.EffectiveFrom <= asOf)
                        .OrderByDescending(v => v.EffectiveFrom).Select(v => v.EffectiveFrom).FirstOrDefault()
                    ?? s.Versions.AsQueryable().Where(published).Where(v => v.Kind == StandardVersionKind.Edition)
                        .OrderBy(v => v.EffectiveFrom).Select(v => v.EffectiveFrom).FirstOrDefault(),
            });

        if (filter.IssuedOn is { } issued)
        {
            query = query.Where(r => (issued.From == null || r.IssuedOn >= issued.From)
                && (issued.To == null || r.IssuedOn <= issued.To));
        }

        if (filter.EffectiveOn is { } effective)
        {
            query = query.Where(r => (effective.From == null || r.EffectiveOn >= effective.From)
                && (effective.To == null || r.EffectiveOn <= effective.To));
        }

        var total = await query.CountAsync(cancellationToken);
        var (offset, count) = window(total);
        if (count == 0)
        {
            return ([], total);
        }

        var sorted = (order.Field, order.Descending) switch
        {
            (StandardOrderField.Title, false) => query.OrderBy(r => r.Standard.Title),
            (StandardOrderField.Title, true) => query.OrderByDescending(r => r.Standard.Title),
            (StandardOrderField.IssuedOn, false) => query.OrderBy(r => r.IssuedOn),
            (StandardOrderField.IssuedOn, true) => query.OrderByDescending(r => r.IssuedOn),
            (StandardOrderField.EffectiveOn, false) => query.OrderBy(r => r.EffectiveOn),
            (StandardOrderField.EffectiveOn, true) => query.OrderByDescending(r => r.EffectiveOn),
            (_, true) => query.OrderByDescending(r => r.Standard.Identity),
            _ => query.OrderBy(r => r.Standard.Identity),
        };
        var items = await sorted.ThenBy(r => r.Standard.Identity).Skip(offset).Take(count)
            .Select(r => r.Standard).ToListAsync(cancellationToken);
        return (items, total);
    }

    private static IQueryable<Standard> Filter(
        RugaoDbContext db, IQueryable<Standard> query, StandardFilter filter, HashSet<int>? nodeIds, DateOnly asOf)
    {
        var listed = ListingRules.ListedOn(asOf);
        if (filter.Levels is { Count: > 0 } levels)
        {
            query = query.Where(s => levels.Contains(s.Level));
        }

        if (filter.Natures is { Count: > 0 } natures)
        {
            query = query.Where(s => natures.Contains(s.Nature));
        }

        if (filter.DepartmentIds is { Count: > 0 } departments)
        {
            query = query.Where(s => departments.Contains(s.DepartmentId));
        }

        if (nodeIds is not null)
        {
            query = query.Where(s => nodeIds.Contains(s.SystemNodeId));
        }

        if (filter.AreaIds is { Count: > 0 } areas)
        {
            query = query.Where(s => db.StandardListings.Where(listed).Any(l => l.StandardId == s.Id && areas.Contains(l.AreaId)));
        }

        if (filter.ServiceItemIds is { Count: > 0 } items)
        {
            query = query.Where(s => db.StandardListings.Where(listed).Any(l => l.StandardId == s.Id && l.ServiceItemId != null
                && items.Contains(l.ServiceItemId.Value)));
        }

        if (filter.Statuses is { Count: > 0 } statuses)
        {
            query = WithStatus(query, statuses, asOf);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var pattern = "%" + Escape(filter.Text.Trim()) + "%";
            var compact = "%" + Escape(Compact(filter.Text)) + "%";
            query = query.Where(s => EF.Functions.Like(s.Title, pattern, "\\")
                || EF.Functions.Like(s.Identity, pattern, "\\")
                || (compact != "%%" && EF.Functions.Like(s.CompactKey, compact, "\\")));
        }

        return query;
    }

    private static IQueryable<Standard> WithStatus(IQueryable<Standard> query, IReadOnlyList<StandardStatus> statuses, DateOnly asOf)
    {
        var abolished = statuses.Contains(StandardStatus.Abolished);
        var superseded = statuses.Contains(StandardStatus.Superseded);
        var upcoming = statuses.Contains(StandardStatus.Upcoming);
        var current = statuses.Contains(StandardStatus.Current);
        return query.Where(s =>
            (abolished && s.AbolishedOn != null && s.AbolishedOn <= asOf)
            || (superseded && (s.AbolishedOn == null || s.AbolishedOn > asOf)
                && s.SupersededBy != null && s.SupersededBy.FirstEffectiveOn <= asOf)
            || ((upcoming || current) && (s.AbolishedOn == null || s.AbolishedOn > asOf)
                && (s.SupersededBy == null || s.SupersededBy.FirstEffectiveOn == null || s.SupersededBy.FirstEffectiveOn > asOf)
                && ((upcoming && s.FirstEffectiveOn > asOf) || (current && s.FirstEffectiveOn <= asOf))));
    }


    /// <summary>The text the way <see cref="Standard.CompactKey"/> is written: upper-case letters, digits and dots.</summary>
    private static string Compact(string text) =>
        string.Concat(text.Normalize(System.Text.NormalizationForm.FormKC).Where(c => char.IsAsciiLetterOrDigit(c) || c == '.'))
            .ToUpperInvariant();

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
