using Rugao.Graph.Server.Schema.Editing;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class AmendStandardPayloadGraphType : EditPayloadGraphType
{
    public AmendStandardPayloadGraphType()
        : base("AmendStandardPayload", "amendStandard 的结果。Result of amendStandard.")
    {
        StandardField();
        VersionField("version", "修改单形成的新版本。The version the amendment made.");
    }
}
