using GraphQL.Types;
using Rugao.Graph.Changes;
using Rugao.Graph.Server.Schema.Common;

namespace Rugao.Graph.Server.Schema.Changes;

public sealed class ChangeKindGraphType : EnumerationGraphType
{
    public ChangeKindGraphType()
    {
        Name = "ChangeKind";
        Description = "变更类型。What a change records.";
        this.AddValues(
            (ChangeKind.Created, "收录新标准（草案，仅编辑可见）。A standard was created (a draft; editors only)."),
            (ChangeKind.DraftUpdated, "草案修改（仅编辑可见）。A draft was edited (editors only)."),
            (ChangeKind.Published, "发布新版本。An edition was published."),
            (ChangeKind.Amended, "发布修改单。An amendment was published."),
            (ChangeKind.Effective, "开始实施。A version came into force."),
            (ChangeKind.Superseded, "被代替。The standard was superseded."),
            (ChangeKind.Abolished, "废止。The standard was abolished."),
            (ChangeKind.Listed, "列入标准清单。The standard was listed for a service item."),
            (ChangeKind.Delisted, "移出标准清单。The standard was removed from a service item's list."),
            (ChangeKind.MeasurementRecorded, "记录指标监测值。An indicator measurement was recorded."),
            (ChangeKind.CatalogPublished, "发布服务事项清单。A service catalog edition was published."));
    }
}
