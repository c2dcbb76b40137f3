using GraphQL.Types;
using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

/// <summary>The fields of a version that serve editing: whether it is a draft, its version token and its audit trail.</summary>
public static class StandardVersionDraftFields
{
    public static void AddTo(ObjectGraphType<VersionView> type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field<NonNullGraphType<BooleanGraphType>>("isDraft").Description("是否为未发布的草案。Whether this is an unpublished draft.")
            .Resolve(c => !c.Source.Version.IsPublished);
        type.Field<NonNullGraphType<StringGraphType>>("versionToken")
            .Description("乐观并发令牌，修改草案时原样带回。Opaque concurrency token; send it back with edits.")
            .Resolve(c => StandardTokens.Of(c.Source.Version));
        type.Field<VersionAuditGraphType>("audit")
            .Description("谁在何时创建、发布；仅编辑及以上可见，匿名为 null。Who created and published it, and when; editors and above only.")
            .Resolve(c => EditorAccess.CanReadDrafts(c) ? c.Source.Version : null);
    }
}
