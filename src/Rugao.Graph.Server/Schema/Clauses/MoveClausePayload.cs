using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Server.Schema.Standards;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Clauses;

public sealed class MoveClausePayloadGraphType : PayloadGraphType<DraftEdit>
{
    public MoveClausePayloadGraphType()
        : base("MoveClausePayload", "moveClause 的结果。Result of moveClause.")
    {
        this.ClauseField("改号后的条款。The clause as renumbered.");
        this.VersionField("draft", "修改后的草案。The draft as changed.");
    }
}
