using GraphQL.Types;

namespace Rugao.Graph.Server.Schema.Search;

public sealed class StandardHitGraphType : ObjectGraphType<StandardHitView>
{
    public StandardHitGraphType()
    {
        Name = "StandardHit";
        Description = "命中整项标准（编号或名称）。A whole standard matched by its code or title.";
        Interface<SearchHitGraphType>();
        SearchHitFields.AddTo(this);
    }
}
