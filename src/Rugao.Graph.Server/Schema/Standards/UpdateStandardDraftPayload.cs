using Rugao.Graph.Server.Schema.Editing;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class UpdateStandardDraftPayloadGraphType : EditPayloadGraphType
{
    public UpdateStandardDraftPayloadGraphType()
        : base("UpdateStandardDraftPayload", "updateStandardDraft 的结果。Result of updateStandardDraft.")
    {
        StandardField();
        VersionField("draft", "修改后的草案。The draft as changed.");
    }
}
