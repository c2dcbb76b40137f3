using Rugao.Graph.Server.Schema.Editing;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class AbolishStandardPayloadGraphType : EditPayloadGraphType
{
    public AbolishStandardPayloadGraphType()
        : base("AbolishStandardPayload", "abolishStandard 的结果。Result of abolishStandard.")
    {
        StandardField();
    }
}
