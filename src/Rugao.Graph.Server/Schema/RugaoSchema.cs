using Rugao.Graph.Server.Schema.Scalars;

namespace Rugao.Graph.Server.Schema;

public sealed class RugaoSchema : GraphQL.Types.Schema
{
    public RugaoSchema(IServiceProvider services, QueryGraphType query)
        : base(services)
    {
        Description = "如皋市基本公共服务标准化平台 GraphQL 接口。The GraphQL API of Rugao's basic public service standardization platform.";
        Query = query;
        RegisterTypeMapping(typeof(DateOnly), typeof(CalendarDateGraphType));
    }
}
