using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class SupersedeStandardPayloadGraphType : PayloadGraphType<DraftEdit>
{
    public SupersedeStandardPayloadGraphType()
        : base("SupersedeStandardPayload", "supersedeStandard 的结果。Result of supersedeStandard.")
    {
        this.StandardField();
    }
}
