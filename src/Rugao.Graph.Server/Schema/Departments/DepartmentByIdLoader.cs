using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Departments;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.Departments;

public sealed class DepartmentByIdLoader(IDbContextFactory<RugaoDbContext> contexts) : BatchLoader<int, Department?>
{
    protected override async Task<IReadOnlyDictionary<int, Department?>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Departments.Where(d => keys.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => (Department?)d, cancellationToken);
    }
}
