using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Departments;

/// <summary>Reads departments.</summary>
public sealed class DepartmentReads(IDbContextFactory<RugaoDbContext> contexts)
{
    /// <summary>Every department in its order.</summary>
    public async Task<IReadOnlyList<Department>> AllAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Departments.OrderBy(d => d.Position).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<int, Department>> ByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Departments.Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
    }
}
