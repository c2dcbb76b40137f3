using GraphQL.Types;
using Rugao.Graph.Changes;

namespace Rugao.Graph.Server.Schema.Changes;

public sealed class ChangeAuditGraphType : ObjectGraphType<ChangeNotice>
{
    public ChangeAuditGraphType()
    {
        Name = "ChangeAudit";
        Description = "变更的审计信息。Audit trail of a change: who committed it (key name or token subject) and when.";
        Field<NonNullGraphType<StringGraphType>>("actor").Description("提交者：密钥名称或令牌主体。Key name or token subject of whoever made the change.")
            .Resolve(c => c.Source.Actor);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("recordedAt").Description("提交时间。When the change was committed.")
            .Resolve(c => c.Source.OccurredAt);
    }
}
