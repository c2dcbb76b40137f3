using GraphQL.Types;

namespace Rugao.Graph.Server.Schema.Changes;

public sealed class ChangeLogGraphType : ObjectGraphType<ChangeLogPosition>
{
    public ChangeLogGraphType()
    {
        Name = "ChangeLog";
        Description = "变更日志的当前末尾，无需列出通知。The current end of the change log, without listing any notice.";
        Field<StringGraphType>("endCursor")
            .Description("日志中最新一条记录的游标；日志为空时为 null。Cursor of the newest entry of the log; null while it is empty.")
            .Resolve(c => c.Source.Head == 0 ? null : ChangeCursor.Encode(c.Source.Head));
        Field<NonNullGraphType<StringGraphType>>("upToDateAsOf")
            .Description("作为 changes 或 standardChanged 的 after：只读此后的新变更。"
                + "Pass it as `after` to changes or standardChanged to read only what is newer than now.")
            .Resolve(c => ChangeCursor.Encode(c.Source.Head));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("readAt").Description("读取时间。When the log was read.")
            .Resolve(c => c.Source.ReadAt);
    }
}
