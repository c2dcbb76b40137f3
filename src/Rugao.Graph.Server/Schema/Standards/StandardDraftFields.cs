using GraphQL.Types;
using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

/// <summary>The fields of a standard that serve editing: its version token and its open draft.</summary>
public static class StandardDraftFields
{
    public static void AddTo(ObjectGraphType<StandardView> type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field<NonNullGraphType<StringGraphType>>("versionToken")
            .Description("乐观并发令牌，修改时原样带回。Opaque concurrency token; send it back with edits.")
            .Resolve(c => StandardTokens.Of(c.Source.Standard));
        type.Field<StandardVersionGraphType>("draft")
            .Description("未发布的草案；仅编辑及以上可见，匿名为 null。The open draft; editors and above only.")
            .Resolve(c => EditorAccess.CanReadDrafts(c)
                ? c.RequestServices!.GetRequiredService<DraftByStandardIdLoader>().Load(c.Source.Standard.Id)
                    .Then(v => v is null ? null : new VersionView(v, c.Source.Standard, null, c.Source.AsOf))
                : null);
    }
}
