using GraphQL.Types;
using Rugao.Graph.Search;

namespace Rugao.Graph.Server.Schema.Search;

public sealed class HighlightSpanGraphType : ObjectGraphType<HighlightSpan>
{
    public HighlightSpanGraphType()
    {
        Name = "HighlightSpan";
        Description = "摘要中需高亮的一段，以 UTF-16 码元计的起点和长度（接口不含任何 HTML）。A highlighted run of the snippet: start and length in UTF-16 code units (no HTML anywhere).";
        Field<NonNullGraphType<IntGraphType>>("start").Description("起点。Start offset.").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("length").Description("长度。Length.").Resolve(c => c.Source.Length);
    }
}
