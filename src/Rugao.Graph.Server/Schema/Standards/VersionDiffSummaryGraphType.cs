using GraphQL.Types;
using Rugao.Graph.Clauses;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class VersionDiffSummaryGraphType : ObjectGraphType<ClauseDiff>
{
    public VersionDiffSummaryGraphType()
    {
        Name = "VersionDiffSummary";
        Description = "版本差异的条款数统计。How many clauses were added, removed and changed.";
        Field<NonNullGraphType<IntGraphType>>("added").Description("新增条款数。Clauses added.").Resolve(c => c.Source.Added.Count);
        Field<NonNullGraphType<IntGraphType>>("removed").Description("删除条款数。Clauses removed.").Resolve(c => c.Source.Removed.Count);
        Field<NonNullGraphType<IntGraphType>>("changed").Description("修改条款数。Clauses changed.").Resolve(c => c.Source.Changed.Count);
    }
}
