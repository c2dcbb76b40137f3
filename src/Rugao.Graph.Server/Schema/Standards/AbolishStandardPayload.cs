using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class AbolishStandardPayloadGraphType : PayloadGraphType<DraftEdit>
{
    public AbolishStandardPayloadGraphType()
        : base("AbolishStandardPayload", "abolishStandard 的结果。Result of abolishStandard.")
    {
        this.StandardField();
    }
}
