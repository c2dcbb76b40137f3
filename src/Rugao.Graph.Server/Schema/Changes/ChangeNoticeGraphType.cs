using GraphQL.Types;
using Rugao.Graph.Changes;
using Rugao.Graph.Server.Schema.Common;
using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Server.Schema.Scalars;
using Rugao.Graph.Server.Schema.Standards;

namespace Rugao.Graph.Server.Schema.Changes;

public sealed class ChangeNoticeGraphType : ObjectGraphType<ChangeNotice>
{
    public ChangeNoticeGraphType()
    {
        Name = "ChangeNotice";
        Description = "变更通知：变更日志中的一条记录。A change notice: one entry of the change log.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("不透明游标；作为 changes 或 standardChanged 的 after 从此处继续。Opaque cursor; pass it as `after` to continue from here.")
            .Resolve(c => ChangeCursor.Encode(c.Source.Sequence));
        Field<NonNullGraphType<ChangeKindGraphType>>("kind").Description("变更类型。Kind of change.")
            .Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("occurredAt").Description("提交时间。When the change was committed.")
            .Resolve(c => c.Source.OccurredAt);
        Field<CalendarDateGraphType>("effectiveOn")
            .Description("变更生效的日期（实施、废止、列入日期），如有。The day the change takes effect, if it has one.")
            .Resolve(c => c.Source.EffectiveOn);
        Field<StandardGraphType>("standard").Description("所涉标准，如有。The standard concerned, if any.")
            .Resolve(c => c.Source.StandardId is { } id
                ? c.RequestServices!.GetRequiredService<StandardByIdLoader>().Load(id).Then(s => StandardViews.Visible(c, s, c.Today()))
                : DataLoaderResultExtensions.FromValue<StandardView?>(null));
        Field<StandardVersionGraphType>("version").Description("所涉已发布版本，如有。The published version concerned, if any.")
            .Resolve(c => c.Source.VersionId is { } id ? VersionViews.Load(c, id) : null);
        Field<NonNullGraphType<StringGraphType>>("summary").Description("变更摘要。What changed, in a sentence.")
            .Resolve(c => c.Source.Summary);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("changedClauses")
            .Description("涉及的条款编号。Numbers of the clauses the change touches.")
            .Resolve(c => c.Source.ChangedClauses);
        Field<ChangeAuditGraphType>("audit")
            .Description("谁在何时提交了此变更；仅编辑及以上可见，匿名为 null。Who committed the change, and when; editors and above only.")
            .Resolve(c => EditorAccess.CanReadDrafts(c) ? c.Source : null);
    }
}
