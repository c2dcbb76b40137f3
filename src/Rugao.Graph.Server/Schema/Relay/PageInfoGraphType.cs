using GraphQL.Types;

namespace Rugao.Graph.Server.Schema.Relay;

public sealed class PageInfoGraphType : ObjectGraphType<IPageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "分页信息（Relay）。Where this page sits in the whole list (Relay).";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage")
            .Description("之后是否还有数据。Whether items follow this page.")
            .Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage")
            .Description("之前是否还有数据。Whether items precede this page.")
            .Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor")
            .Description("本页第一条的游标。Cursor of the first item of the page.")
            .Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor")
            .Description("本页最后一条的游标，作为下一页的 after。Cursor of the last item; pass it as `after` for the next page.")
            .Resolve(c => c.Source.EndCursor);
    }
}
