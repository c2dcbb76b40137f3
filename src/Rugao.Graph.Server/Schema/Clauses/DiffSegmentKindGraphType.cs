using GraphQL.Types;
using Rugao.Graph.Clauses;
using Rugao.Graph.Server.Schema.Common;

namespace Rugao.Graph.Server.Schema.Clauses;

public sealed class DiffSegmentKindGraphType : EnumerationGraphType
{
    public DiffSegmentKindGraphType()
    {
        Name = "DiffSegmentKind";
        Description = "差异片段的类型。What a run of a character diff is.";
        this.AddValues(
            (DiffSegmentKind.Unchanged, "两版相同。In both texts."),
            (DiffSegmentKind.Inserted, "新版增加。Added by the newer text."),
            (DiffSegmentKind.Deleted, "旧版删除。Dropped from the older text."));
    }
}
