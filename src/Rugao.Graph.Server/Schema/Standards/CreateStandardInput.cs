using GraphQL.Types;
using Rugao.Graph.Server.Schema.Departments;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Schema.StandardSystem;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed record CreateStandardInput
{
    public string Code { get; init; } = "";
    public int Year { get; init; }
    public string Title { get; init; } = "";
    public string? TitleEn { get; init; }
    public StandardLevel? Level { get; init; }
    public StandardNature? Nature { get; init; }
    public int DepartmentId { get; init; }
    public int SystemNodeId { get; init; }
    public string? Ics { get; init; }
    public string? Ccs { get; init; }
    public string? IssuedBy { get; init; }
    public List<string>? DraftingOrganisations { get; init; }
    public string? ChangeSummary { get; init; }
}

public sealed class CreateStandardInputType : InputObjectGraphType<CreateStandardInput>
{
    public CreateStandardInputType()
    {
        Name = "CreateStandardInput";
        Description = "新建标准（含一个空草案）。A new standard with an empty draft edition.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("不带年份的编号，如“DB3206/T 1001”。Code without year.");
        Field<NonNullGraphType<IntGraphType>>("year").Description("草案版本的年份。Year of the draft edition.");
        Field<NonNullGraphType<StringGraphType>>("title").Description("中文名称。Title (Chinese).");
        Field<StringGraphType>("titleEn").Description("英文名称。English title.");
        Field<StandardLevelGraphType>("level").Description("层级，默认由编号推断。Level; from the code by default.");
        Field<StandardNatureGraphType>("nature").Description("性质，默认由编号推断。Nature; from the code by default.");
        Field<NonNullGraphType<IdGraphType>>("departmentId").Description("主管部门 ID。Responsible department.")
            .AsKeyOf(DepartmentGraphType.Node.TypeName);
        Field<NonNullGraphType<IdGraphType>>("systemNodeId").Description("标准体系节点 ID。Node in the standard system.")
            .AsKeyOf(SystemNodeGraphType.Node.TypeName);
        Field<StringGraphType>("ics").Description("ICS 分类号。ICS class.");
        Field<StringGraphType>("ccs").Description("CCS 分类号。CCS class.");
        Field<StringGraphType>("issuedBy").Description("发布机构。Issuing authority.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("draftingOrganisations").Description("起草单位。Drafting organisations.");
        Field<StringGraphType>("changeSummary").Description("编制说明。Summary of the draft.");
    }
}
