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
    public static ChangeFilter From(IResolveFieldContext context) =>
        From(context.GetArgument<ChangeFilterInput?>("where"), "where", EditorAccess.CanReadDrafts(context));

    /// <summary>A filter given as a field of an input (e.g. a webhook's <c>input.where</c>), its errors named by <paramref name="path"/>.</summary>
    public static ChangeFilter From(ChangeFilterInput? input, string path, bool includeEditorial)
    {
        input ??= new ChangeFilterInput();
        return new ChangeFilter
        {
            Kinds = input.Kind,
            AreaIds = Arguments.Ids(input.Area, ServiceAreaGraphType.Node.TypeName, path + ".area"),
            ServiceItemIds = Arguments.Ids(input.ServiceItem, ServiceItemGraphType.Node.TypeName, path + ".serviceItem"),
            StandardIds = Arguments.Ids(input.Standard, StandardGraphType.Node.TypeName, path + ".standard"),
            DepartmentIds = Arguments.Ids(input.Department, DepartmentGraphType.Node.TypeName, path + ".department"),
            IncludeEditorial = includeEditorial,
        };
    }
}
