using GraphQL.Types;
using Rugao.Graph.Changes;
using Rugao.Graph.Server.Schema.Changes;
using Rugao.Graph.Server.Schema.Departments;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Schema.ServiceCatalog;
using Rugao.Graph.Server.Schema.Standards;

namespace Rugao.Graph.Server.Schema.Webhooks;

/// <summary>
/// A webhook's filter as it was given: the fields of the <c>ChangeFilter</c> input under the same names, so a client can
/// send what it reads back as <c>where</c> unchanged.
/// </summary>
public sealed class WebhookFilterGraphType : ObjectGraphType<ChangeFilter>
{
    public WebhookFilterGraphType()
    {
        Name = "WebhookFilter";
        Description = "回调的筛选条件，字段与 ChangeFilter 输入相同；空列表表示不限。"
            + "A webhook's filter, with the fields of the ChangeFilter input; an empty list does not restrict.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeKindGraphType>>>>("kind").Description("变更类型。Kinds of change.")
            .Resolve(c => c.Source.Kinds ?? []);
        Ids("area", "服务领域 ID。Service area IDs.", ServiceAreaGraphType.Node.TypeName, f => f.AreaIds);
        Ids("serviceItem", "服务事项 ID。Service item IDs.", ServiceItemGraphType.Node.TypeName, f => f.ServiceItemIds);
        Ids("standard", "标准 ID。Standard IDs.", StandardGraphType.Node.TypeName, f => f.StandardIds);
        Ids("department", "主管部门 ID。Department IDs.", DepartmentGraphType.Node.TypeName, f => f.DepartmentIds);
    }

    private void Ids(string name, string description, string typeName, Func<ChangeFilter, IReadOnlyCollection<int>?> ids) =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>(name).Description(description)
            .Resolve(c => (ids(c.Source) ?? []).Select(id => GlobalId.Encode(typeName, id)).ToList());
}
