using GraphQL;
using Rugao.Graph.Changes;
using Rugao.Graph.Server.Schema.Common;
using Rugao.Graph.Server.Schema.Departments;
using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Server.Schema.ServiceCatalog;
using Rugao.Graph.Server.Schema.Standards;

namespace Rugao.Graph.Server.Schema.Changes;

internal static class ChangeFilters
{
    /// <summary>The <c>where</c> argument as a library filter; editors also see changes to drafts.</summary>
    public static ChangeFilter From(IResolveFieldContext context)
    {
        var input = context.GetArgument<ChangeFilterInput?>("where") ?? new ChangeFilterInput();
        return new ChangeFilter
        {
            Kinds = input.Kind,
            AreaIds = Arguments.Ids(input.Area, ServiceAreaGraphType.Node.TypeName, "where.area"),
            ServiceItemIds = Arguments.Ids(input.ServiceItem, ServiceItemGraphType.Node.TypeName, "where.serviceItem"),
            StandardIds = Arguments.Ids(input.Standard, StandardGraphType.Node.TypeName, "where.standard"),
            DepartmentIds = Arguments.Ids(input.Department, DepartmentGraphType.Node.TypeName, "where.department"),
            IncludeEditorial = EditorAccess.CanReadDrafts(context),
        };
    }
}
