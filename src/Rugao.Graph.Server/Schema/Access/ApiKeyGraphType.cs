using GraphQL.Types;
using Rugao.Graph.Access;
using Rugao.Graph.Server.Schema.Relay;

namespace Rugao.Graph.Server.Schema.Access;

/// <summary>An API key as admins see it: never its secret or hash.</summary>
public sealed class ApiKeyGraphType : ObjectGraphType<ApiKey>
{
    public const string TypeName = "ApiKey";

    public ApiKeyGraphType()
    {
        Name = TypeName;
        Description = "API 密钥（不含密钥本身及其散列）。An API key, without its secret or hash.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("全局 ID，吊销时使用。Global ID, for revoking.")
            .Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("name").Description("名称，记入审计。Name, as the audit trail shows it.")
            .Resolve(c => c.Source.Name);
        Field<NonNullGraphType<RoleGraphType>>("role").Description("角色。Role.").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<StringGraphType>>("prefix").Description("公开前缀，用于辨认密钥。Public prefix, to recognise the key.")
            .Resolve(c => c.Source.Prefix);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("创建时间。When it was created.")
            .Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<StringGraphType>>("createdBy").Description("创建者。Who created it.").Resolve(c => c.Source.CreatedBy);
        Field<DateTimeOffsetGraphType>("revokedAt").Description("吊销时间；有效密钥为 null。When it was revoked; null while live.")
            .Resolve(c => c.Source.RevokedAt);
    }
}
