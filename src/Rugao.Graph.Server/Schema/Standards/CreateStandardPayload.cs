using Rugao.Graph.Server.Schema.Editing;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class CreateStandardPayloadGraphType : EditPayloadGraphType
{
    public CreateStandardPayloadGraphType()
        : base("CreateStandardPayload", "createStandard 的结果。Result of createStandard.")
    {
        StandardField();
        VersionField("draft", "新草案。The new draft.");
    }
}
