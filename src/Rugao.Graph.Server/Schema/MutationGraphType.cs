using GraphQL.Types;
using Rugao.Graph.Server.Schema.Access;
using Rugao.Graph.Server.Schema.Clauses;
using Rugao.Graph.Server.Schema.Indicators;
using Rugao.Graph.Server.Schema.ServiceCatalog;
using Rugao.Graph.Server.Schema.Importing;
using Rugao.Graph.Server.Schema.Search;
using Rugao.Graph.Server.Schema.Standards;
using Rugao.Graph.Server.Schema.Webhooks;

namespace Rugao.Graph.Server.Schema;

public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType()
    {
        Name = "Mutation";
        Description = "修改入口：需要 API 密钥或令牌。Entry points for changes; they need an API key or token.";
        StandardMutations.AddTo(this);
        ClauseMutations.AddTo(this);
        ServiceCatalogMutations.AddTo(this);
        IndicatorMutations.AddTo(this);
        ImportMutations.AddTo(this);
        ApiKeyMutations.AddTo(this);
        SearchMutations.AddTo(this);
        WebhookMutations.AddTo(this);
    }
}
