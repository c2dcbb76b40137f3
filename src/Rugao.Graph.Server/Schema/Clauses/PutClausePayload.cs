using Rugao.Graph.Server.Schema.Editing;

namespace Rugao.Graph.Server.Schema.Clauses;

public sealed class PutClausePayloadGraphType : EditPayloadGraphType
{
    public PutClausePayloadGraphType()
        : base("PutClausePayload", "putClause 的结果。Result of putClause.")
    {
        ClauseField("新增或替换后的条款。The clause as put.");
        VersionField("draft", "修改后的草案。The draft as changed.");
    }
}
