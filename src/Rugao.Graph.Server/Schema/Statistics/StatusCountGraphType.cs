using GraphQL.Types;
using Rugao.Graph.Server.Schema.Standards;
using Rugao.Graph.Statistics;

namespace Rugao.Graph.Server.Schema.Statistics;

public sealed class StatusCountGraphType : ObjectGraphType<StatusCount>
{
    public StatusCountGraphType()
    {
        Name = "StatusCount";
        Description = "当日处于某一状态的标准数。The number of standards in one status on the day.";
        Field<NonNullGraphType<StandardStatusGraphType>>("status").Description("标准状态。Status.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<IntGraphType>>("count").Description("标准数。Count.").Resolve(c => c.Source.Count);
    }
}
