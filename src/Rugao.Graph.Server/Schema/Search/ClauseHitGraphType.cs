using GraphQL.Types;
using Rugao.Graph.Server.Schema.Clauses;
using Rugao.Graph.Server.Schema.Standards;

namespace Rugao.Graph.Server.Schema.Search;

public sealed class ClauseHitGraphType : ObjectGraphType<ClauseHitView>
{
    public ClauseHitGraphType()
    {
        Name = "ClauseHit";
        Description = "命中标准中的一个条款。A clause of a standard matched by its text.";
        Interface<SearchHitGraphType>();
        SearchHitFields.AddTo(this);
        Field<NonNullGraphType<ClauseGraphType>>("clause").Description("命中的条款。The clause.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ClauseByIdLoader>().Load(c.Source.Hit.Document.ClauseId!.Value));
        Field<NonNullGraphType<StandardVersionGraphType>>("version").Description("条款所在版本。The version the clause belongs to.")
            .Resolve(c => VersionViews.Load(c.RequestServices!, c.Source.Hit.Document.VersionId!.Value, c.Source.AsOf));
        Field<NonNullGraphType<StringGraphType>>("path").Description("条款编号路径，如“5 › 5.2 › 5.2.1”。Number path, e.g. 5 › 5.2 › 5.2.1.")
            .Resolve(c => c.Source.Hit.Document.ClausePath);
    }
}
