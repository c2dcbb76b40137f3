using GraphQL.Types;
using Rugao.Graph.Server.Schema.Common;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class StandardVersionKindGraphType : EnumerationGraphType
{
    public StandardVersionKindGraphType()
    {
        Name = "StandardVersionKind";
        Description = "版本类型。Whether a version is a new edition or an amendment sheet.";
        this.AddValues(
            (StandardVersionKind.Edition, "新版本（修订，编号年份更新）。A new edition (a new year in the code)."),
            (StandardVersionKind.Amendment, "修改单（局部修订，编号不变）。An amendment sheet on an edition (same code)."));
    }
}
