using GraphQL.Types;
using Rugao.Graph.Indicators;
using Rugao.Graph.Server.Schema.Common;

namespace Rugao.Graph.Server.Schema.Indicators;

public sealed class IndicatorDirectionGraphType : EnumerationGraphType
{
    public IndicatorDirectionGraphType()
    {
        Name = "IndicatorDirection";
        Description = "指标方向：监测值不低于或不高于目标值即达标。Whether a value attains the target by reaching at least or at most it.";
        this.AddValues(
            (IndicatorDirection.AtLeast, "不低于目标值（如就业人数、满意度）。At least the target."),
            (IndicatorDirection.AtMost, "不高于目标值（如大班额班级数）。At most the target."));
    }
}
