using GraphQL.Types;
using Rugao.Graph.Access;
using Rugao.Graph.Editing;
using Rugao.Graph.Server.Schema.Editing;

namespace Rugao.Graph.Server.Schema.Access;

public sealed record CreateApiKeyPayload(CreatedApiKey? Created, IReadOnlyList<UserError> Errors);

public sealed class CreateApiKeyPayloadGraphType : ObjectGraphType<CreateApiKeyPayload>
{
    public CreateApiKeyPayloadGraphType()
    {
        Name = "CreateApiKeyPayload";
        Description = "createApiKey 的结果。Result of createApiKey.";
        Field<ApiKeyGraphType>("apiKey").Description("新密钥；有错误时为 null。The new key; null when there are errors.")
            .Resolve(c => c.Source.Created?.Key);
        Field<StringGraphType>("secret")
            .Description("密钥全文，仅此一次显示，请立即保存。The key itself, shown this once only: store it now.")
            .Resolve(c => c.Source.Created?.PlainText);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorGraphType>>>>("errors")
            .Description("用户错误；为空表示成功。User errors; empty on success.")
            .Resolve(c => c.Source.Errors);
    }
}
