using GraphQL.Types;
using Rugao.Graph.Server.Schema.Common;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class StandardOrderInputType : InputObjectGraphType<StandardOrderInput>
{
    public StandardOrderInputType()
    {
        Name = "StandardOrder";
        Description = "标准排序；相同时按编号。How standards are sorted; ties break on the code.";
        Field<NonNullGraphType<StandardOrderFieldGraphType>>("field").Description("排序字段。Sort key.")
            .DefaultValue(StandardOrderField.Code);
        Field<NonNullGraphType<OrderDirectionGraphType>>("direction").Description("升序或降序。Ascending or descending.")
            .DefaultValue(OrderDirection.Asc);
    }
}

public sealed class StandardOrderFieldGraphType : EnumerationGraphType
{
    public StandardOrderFieldGraphType()
    {
        Name = "StandardOrderField";
        Description = "标准排序字段。Sort keys for standards.";
        this.AddValues(
            (StandardOrderField.Code, "编号。Code."),
            (StandardOrderField.Title, "名称。Title."),
            (StandardOrderField.IssuedOn, "发布日期。Publication date."),
            (StandardOrderField.EffectiveOn, "实施日期。Effective date."));
    }
}

public sealed class OrderDirectionGraphType : EnumerationGraphType
{
    public OrderDirectionGraphType()
    {
        Name = "OrderDirection";
        Description = "排序方向。Sort direction.";
        this.AddValues((OrderDirection.Asc, "升序。Ascending."), (OrderDirection.Desc, "降序。Descending."));
    }
}
