using GraphQL.Types;
using Rugao.Graph.Server.Schema.Departments;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Schema.StandardSystem;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed record UpdateStandardDraftInput : DraftInput
{
    public string? Title { get; init; }
    public string? TitleEn { get; init; }
    public StandardLevel? Level { get; init; }
    public StandardNature? Nature { get; init; }
    public int? DepartmentId { get; init; }
    public int? SystemNodeId { get; init; }
    public string? Ics { get; init; }
    public string? Ccs { get; init; }
    public string? IssuedBy { get; init; }
    public List<string>? DraftingOrganisations { get; init; }
    public int? Year { get; init; }
    public string? Label { get; init; }
    public string? ChangeSummary { get; init; }
}

public sealed class UpdateStandardDraftInputType : InputObjectGraphType<UpdateStandardDraftInput>
{
    public UpdateStandardDraftInputType()
    {
        Name = "UpdateStandardDraftInput";
        Description = "修改草案信息；未给出的字段不变。标准本身的信息只能在从未发布时修改。"
            + "Change a draft; omitted fields stay. The standard's own fields only while it was never published.";
        DraftFields.AddTo(this);
        Field<StringGraphType>("title").Description("中文名称。Title (Chinese).");
        Field<StringGraphType>("titleEn").Description("英文名称；空串清除。English title; empty clears it.");
        Field<StandardLevelGraphType>("level").Description("层级。Level.");
        Field<StandardNatureGraphType>("nature").Description("性质。Nature.");
        Field<IdGraphType>("departmentId").Description("主管部门 ID。Responsible department.")
            .AsKeyOf(DepartmentGraphType.Node.TypeName);
        Field<IdGraphType>("systemNodeId").Description("标准体系节点 ID。Node in the standard system.")
            .AsKeyOf(SystemNodeGraphType.Node.TypeName);
        Field<StringGraphType>("ics").Description("ICS 分类号。ICS class.");
        Field<StringGraphType>("ccs").Description("CCS 分类号。CCS class.");
        Field<StringGraphType>("issuedBy").Description("发布机构。Issuing authority.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("draftingOrganisations").Description("起草单位。Drafting organisations.");
        Field<IntGraphType>("year").Description("草案年份。Year of the draft edition.");
        Field<StringGraphType>("label").Description("版本称谓。How the version is cited.");
        Field<StringGraphType>("changeSummary").Description("变更说明。Summary of the changes.");
    }
}
