using GraphQL.Types;
using Rugao.Graph.Server.Schema.Clauses;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class VersionDiffGraphType : ObjectGraphType<VersionDiffView>
{
    public VersionDiffGraphType()
    {
        Name = "VersionDiff";
        Description = "同一标准两个版本之间的条款差异，按条款标识对齐（重新编号的条款算作修改）。"
                      + "Clause differences between two versions of a standard, aligned by clause identity (a renumbered clause is a change).";
        Field<NonNullGraphType<StandardVersionGraphType>>("from").Description("较早的版本。The older version.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<StandardVersionGraphType>>("to").Description("较新的版本。The newer version.").Resolve(c => c.Source.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClauseGraphType>>>>("added")
            .Description("仅在新版本中的条款，按新版本文档顺序。Clauses only in the newer version, in its document order.")
            .Resolve(c => c.Source.Diff.Added);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClauseGraphType>>>>("removed")
            .Description("仅在旧版本中的条款，按旧版本文档顺序。Clauses only in the older version, in its document order.")
            .Resolve(c => c.Source.Diff.Removed);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClauseChangeGraphType>>>>("changed")
            .Description("两版均有但内容、编号、层次或效力不同的条款，按新版本文档顺序。"
                         + "Clauses in both whose number, heading, text, layer or force differ, in the newer version's order.")
            .Resolve(c => c.Source.Diff.Changed);
        Field<NonNullGraphType<VersionDiffSummaryGraphType>>("summary").Description("统计。Counts.").Resolve(c => c.Source.Diff);
    }
}
