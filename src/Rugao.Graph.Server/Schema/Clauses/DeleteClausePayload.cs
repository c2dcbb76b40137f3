using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Server.Schema.Standards;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Clauses;

public sealed class DeleteClausePayloadGraphType : PayloadGraphType<DraftEdit>
{
    public DeleteClausePayloadGraphType()
        : base("DeleteClausePayload", "deleteClause 的结果。Result of deleteClause.")
    {
        this.VersionField("draft", "修改后的草案。The draft as changed.");
    }
}
