using GraphQL.Types;
using Rugao.Graph.Server.Schema.Relay;

namespace Rugao.Graph.Server.Schema.Changes;

public sealed class ChangeNoticeConnectionGraphType : ObjectGraphType<ChangePage>
{
    public ChangeNoticeConnectionGraphType()
    {
        Name = "ChangeNoticeConnection";
        Description = "变更日志的一页：按提交顺序，或从最新往旧。A page of the change log: in commit order, or newest first when read backwards.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<ChangeNoticeGraphType, Rugao.Graph.Changes.ChangeNotice>>>>>("edges")
            .Description("带游标的通知。The notices with their cursors.")
            .Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeNoticeGraphType>>>>("nodes")
            .Description("本页通知。The notices of this page.")
            .Resolve(c => c.Source.Notices);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("分页信息。Paging information.")
            .Resolve(c => c.Source);
        Field<NonNullGraphType<StringGraphType>>("upToDateAsOf")
            .Description("本次已读到的日志位置（游标）：即使本页没有符合条件的通知，下次也可从此处继续（作为 after）。"
                + "The cursor the log was read up to: pass it as `after` next time, even when this page holds no matching notice.")
            .Resolve(c => c.Source.UpToDateAsOf);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("readAt").Description("读取时间。When the log was read.")
            .Resolve(c => c.Source.ReadAt);
    }
}
