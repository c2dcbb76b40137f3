using GraphQL.Types;
using Rugao.Graph.Server.Schema.Common;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class StandardLevelGraphType : EnumerationGraphType
{
    public StandardLevelGraphType()
    {
        Name = "StandardLevel";
        Description = "标准层级。The issuing level of a standard.";
        this.AddValues(
            (StandardLevel.National, "国家标准（GB、GB/T、GB/Z）。National standard."),
            (StandardLevel.Industry, "行业标准（如 JY/T、LD/T、WH/T）。Industry standard."),
            (StandardLevel.Local, "地方标准（如 DB32/T、DB3206/T）。Local (provincial or city) standard."),
            (StandardLevel.Group, "团体标准（T/…）。Group (association) standard."),
            (StandardLevel.Enterprise, "企业标准（Q/…）。Enterprise standard."));
    }
}
