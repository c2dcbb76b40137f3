using GraphQL.Types;
using Rugao.Graph.Server.Schema.Relay;

namespace Rugao.Graph.Server.Schema.Access;

public sealed record RevokeApiKeyInput
{
    public int Id { get; init; }
}

public sealed class RevokeApiKeyInputType : InputObjectGraphType<RevokeApiKeyInput>
{
    public RevokeApiKeyInputType()
    {
        Name = "RevokeApiKeyInput";
        Description = "要吊销的 API 密钥。The API key to revoke.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("密钥 ID。The key's ID.")
            .AsKeyOf(ApiKeyGraphType.TypeName);
    }
}
