using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class CreateStandardPayloadGraphType : PayloadGraphType<DraftEdit>
{
    public CreateStandardPayloadGraphType()
        : base("CreateStandardPayload", "createStandard 的结果。Result of createStandard.")
    {
        this.StandardField();
        this.VersionField("draft", "新草案。The new draft.");
    }
}
