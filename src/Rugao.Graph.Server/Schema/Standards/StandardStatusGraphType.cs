using GraphQL.Types;
using Rugao.Graph.Server.Schema.Common;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class StandardStatusGraphType : EnumerationGraphType
{
    public StandardStatusGraphType()
    {
        Name = "StandardStatus";
        Description = "标准状态，由日期和代替关系计算得出。A standard's status, computed from its dates and replacement chain.";
        this.AddValues(
            (StandardStatus.Draft, "草案，尚未发布。A draft, not yet published."),
            (StandardStatus.Upcoming, "即将实施：已发布，未到实施日期。Published, not yet in force."),
            (StandardStatus.Current, "现行。In force."),
            (StandardStatus.Superseded, "被代替：代替它的标准已实施。Replaced by a standard now in force."),
            (StandardStatus.Abolished, "废止。Withdrawn."));
    }
}
