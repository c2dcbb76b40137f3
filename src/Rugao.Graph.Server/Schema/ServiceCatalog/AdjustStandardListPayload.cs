using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class AdjustStandardListPayloadGraphType : PayloadGraphType<ListAdjustment>
{
    public AdjustStandardListPayloadGraphType()
        : base("AdjustStandardListPayload", "adjustStandardList 的结果。Result of adjustStandardList.")
    {
        Field<StandardListAdjustmentGraphType>("adjustment").Description("本次调整；有错误时为 null。The adjustment; null when there are errors.")
            .Resolve(c => c.Source.Value);
        Field<StandardListingGraphType>("listing").Description("调整后的清单条目。The list entry it opened or closed.")
            .Resolve(c => c.Source.Value?.Listing);
    }
}
