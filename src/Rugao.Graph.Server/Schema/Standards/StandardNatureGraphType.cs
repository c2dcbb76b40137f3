using GraphQL.Types;
using Rugao.Graph.Server.Schema.Common;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class StandardNatureGraphType : EnumerationGraphType
{
    public StandardNatureGraphType()
    {
        Name = "StandardNature";
        Description = "标准性质。Whether a standard is mandatory, recommended or guidance.";
        this.AddValues(
            (StandardNature.Mandatory, "强制性标准。Mandatory."),
            (StandardNature.Recommended, "推荐性标准（/T）。Recommended (/T)."),
            (StandardNature.Guidance, "指导性技术文件（/Z）。Guidance (/Z)."));
    }
}
