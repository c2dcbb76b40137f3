using GraphQL.Types;
using Rugao.Graph.Server.Schema.Editing;

namespace Rugao.Graph.Server.Schema.Search;

/// <summary>What a finished rebuild of the search index reports.</summary>
public sealed record IndexRebuild(DateTimeOffset RebuiltAt);

public sealed class ReindexSearchPayloadGraphType : PayloadGraphType<IndexRebuild>
{
    public ReindexSearchPayloadGraphType()
        : base("ReindexSearchPayload", "reindexSearch 的结果。Result of reindexSearch.", errorsFirst: false)
    {
        Field<DateTimeOffsetGraphType>("rebuiltAt").Description("重建完成时间。When the rebuild finished.")
            .Resolve(c => c.Source.Value?.RebuiltAt);
        ErrorsField();
    }
}
