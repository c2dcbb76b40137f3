using GraphQL.Types;

namespace Rugao.Graph.Server.Schema.Search;

public sealed record ReindexSearchInput
{
    public string? Reason { get; init; }
}

public sealed class ReindexSearchInputType : InputObjectGraphType<ReindexSearchInput>
{
    public ReindexSearchInputType()
    {
        Name = "ReindexSearchInput";
        Description = "重建搜索索引。Rebuild the search index.";
        Field<StringGraphType>("reason").Description("重建原因，记入日志。Why, for the log.");
    }
}
