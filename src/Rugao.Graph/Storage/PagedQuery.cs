using Microsoft.EntityFrameworkCore;

namespace Rugao.Graph.Storage;

/// <summary>
/// Pages a query in the database. The window is the caller's paging rule: given the total, the offset and count to
/// read. A forward page (first/after) does not depend on the total, so it is read with the total in one statement; a
/// page that does (last/before, or past the end) counts first, then reads its window.
/// </summary>
public static class PagedQuery
{
    public static async Task<Paged<T>> ReadAsync<T>(IQueryable<T> filtered, Func<IQueryable<T>, IOrderedQueryable<T>> order,
        Func<int, (int Offset, int Count)> window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(window);
        var (offset, count) = window(int.MaxValue);
        if (count > 0 && offset < int.MaxValue - count)
        {
            var rows = await order(filtered).Select(item => new { Item = item, Total = filtered.Count() })
                .Skip(offset).Take(count).ToListAsync(cancellationToken);
            if (rows.Count > 0 && window(rows[0].Total) == (offset, rows.Count))
            {
                return new Paged<T>(rows.Select(r => r.Item).ToList(), offset, rows[0].Total);
            }
        }

        var total = await filtered.CountAsync(cancellationToken);
        (offset, count) = window(total);
        var items = count == 0 ? [] : await order(filtered).Skip(offset).Take(count).ToListAsync(cancellationToken);
        return new Paged<T>(items, offset, total);
    }
}
