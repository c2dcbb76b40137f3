using GraphQL.Types;
using Rugao.Graph.Departments;

namespace Rugao.Graph.Server.Schema.Departments;

public static class DepartmentQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DepartmentGraphType>>>>("departments")
            .Description("全部部门。All departments.")
            .ResolveAsync(async context =>
                await context.RequestServices!.GetRequiredService<DepartmentReads>().AllAsync(context.CancellationToken));
    }
}
