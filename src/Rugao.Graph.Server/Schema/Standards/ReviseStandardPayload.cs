using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class ReviseStandardPayloadGraphType : PayloadGraphType<DraftEdit>
{
    public ReviseStandardPayloadGraphType()
        : base("ReviseStandardPayload", "reviseStandard 的结果。Result of reviseStandard.")
    {
        this.StandardField();
        this.VersionField("draft", "新版本草案。The new draft edition.");
    }
}
