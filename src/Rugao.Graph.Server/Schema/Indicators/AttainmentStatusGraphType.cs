using GraphQL.Types;
using Rugao.Graph.Indicators;
using Rugao.Graph.Server.Schema.Common;

namespace Rugao.Graph.Server.Schema.Indicators;

public sealed class AttainmentStatusGraphType : EnumerationGraphType
{
    public AttainmentStatusGraphType()
    {
        Name = "AttainmentStatus";
        Description = "达标情况，由当日为止最新的监测值计算。Attainment, computed from the latest measurement up to the day.";
        this.AddValues(
            (AttainmentStatus.NoData, "暂无监测值。Nothing measured yet."),
            (AttainmentStatus.Attained, "已达标。The target is met."),
            (AttainmentStatus.NotAttained, "未达标。The target is not met."));
    }
}
