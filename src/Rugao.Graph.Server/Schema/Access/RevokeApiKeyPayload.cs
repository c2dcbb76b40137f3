using GraphQL.Types;
using Rugao.Graph.Access;
using Rugao.Graph.Editing;
using Rugao.Graph.Server.Schema.Editing;

namespace Rugao.Graph.Server.Schema.Access;

public sealed record RevokeApiKeyPayload(ApiKey? Key, IReadOnlyList<UserError> Errors);

public sealed class RevokeApiKeyPayloadGraphType : ObjectGraphType<RevokeApiKeyPayload>
{
    public RevokeApiKeyPayloadGraphType()
    {
        Name = "RevokeApiKeyPayload";
        Description = "revokeApiKey 的结果。Result of revokeApiKey.";
        Field<ApiKeyGraphType>("apiKey").Description("已吊销的密钥；有错误时为 null。The revoked key; null when there are errors.")
            .Resolve(c => c.Source.Key);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorGraphType>>>>("errors")
            .Description("用户错误；为空表示成功。User errors; empty on success.")
            .Resolve(c => c.Source.Errors);
    }
}
