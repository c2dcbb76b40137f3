using Rugao.Graph.Server.Schema.Editing;

namespace Rugao.Graph.Server.Schema.Clauses;

public sealed class MoveClausePayloadGraphType : EditPayloadGraphType
{
    public MoveClausePayloadGraphType()
        : base("MoveClausePayload", "moveClause 的结果。Result of moveClause.")
    {
        ClauseField("改号后的条款。The clause as renumbered.");
        VersionField("draft", "修改后的草案。The draft as changed.");
    }
}
