using Rugao.Graph.Server.Schema.Editing;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class ReviseStandardPayloadGraphType : EditPayloadGraphType
{
    public ReviseStandardPayloadGraphType()
        : base("ReviseStandardPayload", "reviseStandard 的结果。Result of reviseStandard.")
    {
        StandardField();
        VersionField("draft", "新版本草案。The new draft edition.");
    }
}
