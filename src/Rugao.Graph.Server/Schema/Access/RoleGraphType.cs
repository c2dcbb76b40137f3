using GraphQL.Types;
using Rugao.Graph.Access;
using Rugao.Graph.Server.Schema.Common;

namespace Rugao.Graph.Server.Schema.Access;

public sealed class RoleGraphType : EnumerationGraphType
{
    public RoleGraphType()
    {
        Name = "Role";
        Description = "角色，后者包含前者的权限。Roles; each includes the ones before it.";
        this.AddValues(
            (Role.Editor, "编辑：起草和修改草案。Drafts and edits standards."),
            (Role.Publisher, "发布：发布、修改单、代替、废止、调整标准清单。Publishes, amends, supersedes, abolishes, adjusts the list."),
            (Role.Admin, "管理员：密钥、回调、索引。Manages keys, webhooks and the index."));
    }
}
