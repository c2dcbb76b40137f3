using Rugao.Graph.Departments;
using Rugao.Graph.Server.Schema.Loading;

namespace Rugao.Graph.Server.Schema.Departments;

public sealed class DepartmentByIdLoader(DepartmentReads reads) : BatchLoader<int, Department?>
{
    protected override async Task<IReadOnlyDictionary<int, Department?>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        (await reads.ByIdsAsync(keys, cancellationToken)).OrNull();
}
