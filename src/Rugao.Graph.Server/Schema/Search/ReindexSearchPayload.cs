using GraphQL.Types;
using Rugao.Graph.Editing;
using Rugao.Graph.Server.Schema.Editing;

namespace Rugao.Graph.Server.Schema.Search;

public sealed record ReindexSearchPayload(DateTimeOffset? RebuiltAt, IReadOnlyList<UserError> Errors);

public sealed class ReindexSearchPayloadGraphType : ObjectGraphType<ReindexSearchPayload>
{
    public ReindexSearchPayloadGraphType()
    {
        Name = "ReindexSearchPayload";
        Description = "reindexSearch 的结果。Result of reindexSearch.";
        Field<DateTimeOffsetGraphType>("rebuiltAt").Description("重建完成时间。When the rebuild finished.")
            .Resolve(c => c.Source.RebuiltAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorGraphType>>>>("errors")
            .Description("用户错误；为空表示成功。User errors; empty on success.")
            .Resolve(c => c.Source.Errors);
    }
}
