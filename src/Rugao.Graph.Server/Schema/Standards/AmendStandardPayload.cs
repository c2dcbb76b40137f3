using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class AmendStandardPayloadGraphType : PayloadGraphType<DraftEdit>
{
    public AmendStandardPayloadGraphType()
        : base("AmendStandardPayload", "amendStandard 的结果。Result of amendStandard.")
    {
        this.StandardField();
        this.VersionField("version", "修改单形成的新版本。The version the amendment made.");
    }
}
