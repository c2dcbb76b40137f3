using GraphQL.Types;

namespace Rugao.Graph.Server.Schema.Access;

public sealed class CreateApiKeyInput : InputObjectGraphType
{
    public CreateApiKeyInput()
    {
        Name = "CreateApiKeyInput";
        Description = "新 API 密钥。A new API key.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("唯一名称，记入审计。Unique name, shown in the audit trail.");
        Field<NonNullGraphType<RoleGraphType>>("role").Description("角色。Role.");
    }
}
