using System.Globalization;
using GraphQL.Types;
using Rugao.Graph.Search;
using Rugao.Graph.Server.Schema.Departments;
using Rugao.Graph.Server.Schema.ServiceCatalog;
using Rugao.Graph.Server.Schema.Standards;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Search;

public sealed class SearchFacetsGraphType : ObjectGraphType<SearchFacets>
{
    public SearchFacetsGraphType()
    {
        Name = "SearchFacets";
        Description = "全部命中结果（不限本页）按领域、层级、状态、部门的计数。Counts over all matches (not just this page).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AreaFacetGraphType>>>>("areas")
            .Description("按服务领域。By service area.").Resolve(c => c.Source.Areas);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LevelFacetGraphType>>>>("levels")
            .Description("按标准层级。By level.").Resolve(c => c.Source.Levels);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusFacetGraphType>>>>("statuses")
            .Description("按检索日期的状态。By status on the search's day.").Resolve(c => c.Source.Statuses);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DepartmentFacetGraphType>>>>("departments")
            .Description("按主管部门。By responsible department.").Resolve(c => c.Source.Departments);
    }
}

public sealed class AreaFacetGraphType : ObjectGraphType<FacetValue>
{
    public AreaFacetGraphType()
    {
        Name = "AreaFacet";
        Description = "某服务领域的命中数。Matches in one service area.";
        Field<NonNullGraphType<ServiceAreaGraphType>>("area").Description("服务领域。The area.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ServiceAreaByIdLoader>().Load(int.Parse(c.Source.Value, CultureInfo.InvariantCulture)));
        Field<NonNullGraphType<IntGraphType>>("count").Description("命中数。Matches.").Resolve(c => c.Source.Count);
    }
}

public sealed class DepartmentFacetGraphType : ObjectGraphType<FacetValue>
{
    public DepartmentFacetGraphType()
    {
        Name = "DepartmentFacet";
        Description = "某主管部门的命中数。Matches of one department's standards.";
        Field<NonNullGraphType<DepartmentGraphType>>("department").Description("部门。The department.")
            .Resolve(c => c.RequestServices!.GetRequiredService<DepartmentByIdLoader>().Load(int.Parse(c.Source.Value, CultureInfo.InvariantCulture)));
        Field<NonNullGraphType<IntGraphType>>("count").Description("命中数。Matches.").Resolve(c => c.Source.Count);
    }
}

public sealed class LevelFacetGraphType : ObjectGraphType<FacetValue>
{
    public LevelFacetGraphType()
    {
        Name = "LevelFacet";
        Description = "某标准层级的命中数。Matches at one level.";
        Field<NonNullGraphType<StandardLevelGraphType>>("level").Description("层级。Level.")
            .Resolve(c => Enum.Parse<StandardLevel>(c.Source.Value));
        Field<NonNullGraphType<IntGraphType>>("count").Description("命中数。Matches.").Resolve(c => c.Source.Count);
    }
}

public sealed class StatusFacetGraphType : ObjectGraphType<FacetValue>
{
    public StatusFacetGraphType()
    {
        Name = "StatusFacet";
        Description = "某状态的命中数。Matches with one status.";
        Field<NonNullGraphType<StandardStatusGraphType>>("status").Description("状态。Status.")
            .Resolve(c => Enum.Parse<StandardStatus>(c.Source.Value));
        Field<NonNullGraphType<IntGraphType>>("count").Description("命中数。Matches.").Resolve(c => c.Source.Count);
    }
}
