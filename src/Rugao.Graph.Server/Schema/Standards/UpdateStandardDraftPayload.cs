using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class UpdateStandardDraftPayloadGraphType : PayloadGraphType<DraftEdit>
{
    public UpdateStandardDraftPayloadGraphType()
        : base("UpdateStandardDraftPayload", "updateStandardDraft 的结果。Result of updateStandardDraft.")
    {
        this.StandardField();
        this.VersionField("draft", "修改后的草案。The draft as changed.");
    }
}
