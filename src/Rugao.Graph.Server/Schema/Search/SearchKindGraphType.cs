using GraphQL.Types;
using Rugao.Graph.Search;
using Rugao.Graph.Server.Schema.Common;

namespace Rugao.Graph.Server.Schema.Search;

public sealed class SearchKindGraphType : EnumerationGraphType
{
    public SearchKindGraphType()
    {
        Name = "SearchKind";
        Description = "检索结果类型。What a search result is.";
        this.AddValues((SearchKind.Standard, "整项标准（编号、名称）。A whole standard (code, title)."),
            (SearchKind.Clause, "标准中的一个条款。One clause of a standard."));
    }
}
