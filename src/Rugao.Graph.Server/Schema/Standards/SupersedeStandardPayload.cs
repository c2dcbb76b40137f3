using Rugao.Graph.Server.Schema.Editing;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class SupersedeStandardPayloadGraphType : EditPayloadGraphType
{
    public SupersedeStandardPayloadGraphType()
        : base("SupersedeStandardPayload", "supersedeStandard 的结果。Result of supersedeStandard.")
    {
        StandardField();
    }
}
