using Rugao.Graph.Server.Schema.Editing;

namespace Rugao.Graph.Server.Schema.Clauses;

public sealed class DeleteClausePayloadGraphType : EditPayloadGraphType
{
    public DeleteClausePayloadGraphType()
        : base("DeleteClausePayload", "deleteClause 的结果。Result of deleteClause.")
    {
        VersionField("draft", "修改后的草案。The draft as changed.");
    }
}
