using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.Departments;

public static class DepartmentQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DepartmentGraphType>>>>("departments")
            .Description("全部部门。All departments.")
            .ResolveAsync(async context =>
            {
                var contexts = context.RequestServices!.GetRequiredService<IDbContextFactory<RugaoDbContext>>();
                await using var db = await contexts.CreateDbContextAsync(context.CancellationToken);
                return await db.Departments.OrderBy(d => d.Position).ToListAsync(context.CancellationToken);
            });
    }
}
