using GraphQL.Types;

namespace Rugao.Graph.Server.Schema.Access;

public sealed class RevokeApiKeyInput : InputObjectGraphType
{
    public RevokeApiKeyInput()
    {
        Name = "RevokeApiKeyInput";
        Description = "要吊销的 API 密钥。The API key to revoke.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("密钥 ID。The key's ID.");
    }
}
