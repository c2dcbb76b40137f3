using System.Security.Claims;
using GraphQL.Types;
using Rugao.Graph.Server.Security;

namespace Rugao.Graph.Server.Schema.Access;

public sealed class ViewerGraphType : ObjectGraphType<ClaimsPrincipal>
{
    public ViewerGraphType()
    {
        Name = "Viewer";
        Description = "当前调用者。The caller making this request.";
        Field<NonNullGraphType<BooleanGraphType>>("authenticated").Description("是否已认证（API 密钥或令牌）。Whether a key or token was accepted.")
            .Resolve(c => c.Source.Identity?.IsAuthenticated == true);
        Field<StringGraphType>("name").Description("密钥名称或令牌主体；匿名为 null。Key name or token subject; null when anonymous.")
            .Resolve(c => c.Source.Identity?.IsAuthenticated == true ? Caller.ActorOf(c.Source) : null);
        Field<RoleGraphType>("role").Description("角色；匿名为 null。Role; null when anonymous.")
            .Resolve(c => Caller.RoleOf(c.Source));
    }
}
