using Rugao.Graph.Access;
using Rugao.Graph.Server.Schema.Editing;

namespace Rugao.Graph.Server.Schema.Access;

public sealed class RevokeApiKeyPayloadGraphType : PayloadGraphType<ApiKey>
{
    public RevokeApiKeyPayloadGraphType()
        : base("RevokeApiKeyPayload", "revokeApiKey 的结果。Result of revokeApiKey.", errorsFirst: false)
    {
        Field<ApiKeyGraphType>("apiKey").Description("已吊销的密钥；有错误时为 null。The revoked key; null when there are errors.")
            .Resolve(c => c.Source.Value);
        ErrorsField();
    }
}
