using GraphQL.Types;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class StandardListFilterInputType : InputObjectGraphType<StandardListFilterInput>
{
    public StandardListFilterInputType()
    {
        Name = "StandardListFilter";
        Description = "标准清单筛选条件，各条件之间为“且”，列表内为“或”。Filter for the standards list; parts AND, list values OR.";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("standard").Description("标准 ID。Standard IDs.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("area").Description("服务领域 ID（含其事项的清单）。Service area IDs, their items' lists included.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("serviceItem").Description("服务事项 ID。Service item IDs.");
    }
}
