using System.Security.Claims;
using GraphQL.Types;

namespace Rugao.Graph.Server.Schema.Access;

public static class ViewerQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ViewerGraphType>>("viewer")
            .Description("当前调用者及其角色，便于前端决定显示哪些管理功能。Who is calling, so a frontend knows which tools to show.")
            .Resolve(c => c.User ?? new ClaimsPrincipal(new ClaimsIdentity()));
    }
}
