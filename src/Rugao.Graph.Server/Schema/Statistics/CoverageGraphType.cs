using GraphQL.Types;
using Rugao.Graph.Statistics;

namespace Rugao.Graph.Server.Schema.Statistics;

public sealed class CoverageGraphType : ObjectGraphType<Coverage>
{
    public CoverageGraphType()
    {
        Name = "Coverage";
        Description = "标准覆盖率：已有现行标准列入标准清单的服务事项所占比例。Share of service items with a standard in force listed for them.";
        Field<NonNullGraphType<IntGraphType>>("itemCount").Description("服务事项数（当日施行的清单版本）。Service items of the edition in force.")
            .Resolve(c => c.Source.ItemCount);
        Field<NonNullGraphType<IntGraphType>>("coveredItemCount").Description("已有现行标准的事项数。Items with a standard in force.")
            .Resolve(c => c.Source.CoveredItemCount);
        Field<NonNullGraphType<FloatGraphType>>("ratio").Description("覆盖率，0 到 1；无事项时为 0。Covered share from 0 to 1; 0 without items.")
            .Resolve(c => c.Source.Ratio);
    }
}
