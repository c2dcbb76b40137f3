using GraphQL.Types;
using Rugao.Graph.Departments;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Server.Schema.Relay;

namespace Rugao.Graph.Server.Schema.Departments;

public sealed class DepartmentGraphType : ObjectGraphType<Department>
{
    public static readonly NodeFetcher Node = new("Department",
        (services, id) => services.GetRequiredService<DepartmentByIdLoader>().Load(id).Then(d => (object?)d));

    public DepartmentGraphType()
    {
        Name = "Department";
        Description = "部门：标准的主管部门或服务的牵头负责单位。A body responsible for standards or delivering services.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("全局 ID。Global ID.")
            .Resolve(c => GlobalId.Encode(Node.TypeName, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("code").Description("部门代码，稳定不变。Stable department code.")
            .Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("部门全称。Full name.")
            .Resolve(c => c.Source.Name);
        Field<StringGraphType>("shortName").Description("简称，如“教育局”。Short name.")
            .Resolve(c => c.Source.ShortName);
        Field<NonNullGraphType<StringGraphType>>("jurisdiction").Description("所属行政区域，如“如皋市”“全国”。Jurisdiction.")
            .Resolve(c => c.Source.Jurisdiction);
    }
}
