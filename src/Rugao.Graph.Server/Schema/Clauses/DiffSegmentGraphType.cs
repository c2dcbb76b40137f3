using GraphQL.Types;
using Rugao.Graph.Clauses;

namespace Rugao.Graph.Server.Schema.Clauses;

public sealed class DiffSegmentGraphType : ObjectGraphType<DiffSegment>
{
    public DiffSegmentGraphType()
    {
        Name = "DiffSegment";
        Description = "逐字差异的一段：相同段与删除段依次拼接为旧文，相同段与增加段依次拼接为新文。"
                      + "A run of a character diff: unchanged and deleted runs make the old text, unchanged and inserted runs the new.";
        Field<NonNullGraphType<DiffSegmentKindGraphType>>("kind").Description("相同、增加或删除。Unchanged, inserted or deleted.")
            .Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("text").Description("该段文字。The run's text.").Resolve(c => c.Source.Text);
    }
}
