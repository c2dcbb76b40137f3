using GraphQL.Types;
using Rugao.Graph.Access;
using Rugao.Graph.Server.Schema.Editing;

namespace Rugao.Graph.Server.Schema.Access;

public sealed class CreateApiKeyPayloadGraphType : PayloadGraphType<CreatedApiKey>
{
    public CreateApiKeyPayloadGraphType()
        : base("CreateApiKeyPayload", "createApiKey 的结果。Result of createApiKey.", errorsFirst: false)
    {
        Field<ApiKeyGraphType>("apiKey").Description("新密钥；有错误时为 null。The new key; null when there are errors.")
            .Resolve(c => c.Source.Value?.Key);
        Field<StringGraphType>("secret")
            .Description("密钥全文，仅此一次显示，请立即保存。The key itself, shown this once only: store it now.")
            .Resolve(c => c.Source.Value?.PlainText);
        ErrorsField();
    }
}
