using GraphQL.Types;
using Rugao.Graph.Server.Schema.Access;
using Rugao.Graph.Server.Schema.Changes;
using Rugao.Graph.Server.Schema.Departments;
using Rugao.Graph.Server.Schema.Indicators;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Schema.Search;
using Rugao.Graph.Server.Schema.ServiceCatalog;
using Rugao.Graph.Server.Schema.Standards;
using Rugao.Graph.Server.Schema.Statistics;
using Rugao.Graph.Server.Schema.StandardSystem;

namespace Rugao.Graph.Server.Schema;

public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType()
    {
        Name = "Query";
        Description = "查询入口。Entry points for reading.";
        NodeQueries.AddTo(this);
        StandardQueries.AddTo(this);
        StandardDraftQueries.AddTo(this);
        ServiceCatalogQueries.AddTo(this);
        StandardSystemQueries.AddTo(this);
        DepartmentQueries.AddTo(this);
        SearchQueries.AddTo(this);
        IndicatorQueries.AddTo(this);
        StatisticsQueries.AddTo(this);
        ViewerQueries.AddTo(this);
        ChangeQueries.AddTo(this);
    }
}
