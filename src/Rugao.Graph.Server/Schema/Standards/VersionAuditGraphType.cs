using GraphQL.Types;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class VersionAuditGraphType : ObjectGraphType<StandardVersion>
{
    public VersionAuditGraphType()
    {
        Name = "VersionAudit";
        Description = "版本的审计信息（密钥名称或令牌主体）。Audit trail of a version: key name or token subject, and times.";
        Field<StringGraphType>("createdBy").Description("创建者。Who created it.").Resolve(c => c.Source.CreatedBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("创建时间。When it was created.")
            .Resolve(c => c.Source.CreatedAt);
        Field<StringGraphType>("publishedBy").Description("发布者；草案为 null。Who published it; null for a draft.")
            .Resolve(c => c.Source.PublishedBy);
        Field<DateTimeOffsetGraphType>("publishedAt").Description("发布时间；草案为 null。When it was published; null for a draft.")
            .Resolve(c => c.Source.PublishedAt);
    }
}
