using Rugao.Graph.Server.Schema.Scalars;
using Rugao.Graph.Server.Schema.Search;

namespace Rugao.Graph.Server.Schema;

public sealed class RugaoSchema : GraphQL.Types.Schema
{
    public RugaoSchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation, SubscriptionGraphType subscription)
        : base(services)
    {
        Description = "如皋市基本公共服务标准化平台 GraphQL 接口。The GraphQL API of Rugao's basic public service standardization platform.";
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        RegisterTypeMapping(typeof(DateOnly), typeof(CalendarDateGraphType));

        // Reached only through the SearchHit interface, so no field names them.
        RegisterType(typeof(StandardHitGraphType));
        RegisterType(typeof(ClauseHitGraphType));
    }
}
