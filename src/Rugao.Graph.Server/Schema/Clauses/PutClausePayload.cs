using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Server.Schema.Standards;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Clauses;

public sealed class PutClausePayloadGraphType : PayloadGraphType<DraftEdit>
{
    public PutClausePayloadGraphType()
        : base("PutClausePayload", "putClause 的结果。Result of putClause.")
    {
        this.ClauseField("新增或替换后的条款。The clause as put.");
        this.VersionField("draft", "修改后的草案。The draft as changed.");
    }
}
