using GraphQL.Types;
using Rugao.Graph.Access;

namespace Rugao.Graph.Server.Schema.Access;

public sealed record CreateApiKeyInput
{
    public string? Name { get; init; }
    public Role? Role { get; init; }
}

public sealed class CreateApiKeyInputType : InputObjectGraphType<CreateApiKeyInput>
{
    public CreateApiKeyInputType()
    {
        Name = "CreateApiKeyInput";
        Description = "新 API 密钥。A new API key.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("唯一名称，记入审计。Unique name, shown in the audit trail.");
        Field<NonNullGraphType<RoleGraphType>>("role").Description("角色。Role.");
    }
}
