using GraphQL.Types;
using Rugao.Graph.Importing;
using Rugao.Graph.Server.Schema.Departments;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Schema.StandardSystem;

namespace Rugao.Graph.Server.Schema.Importing;

public sealed record ImportStandardInput
{
    public string FileName { get; init; } = "";
    public ImportFormat? Format { get; init; }
    public string Content { get; init; } = "";
    public bool? AsRevision { get; init; }
    public int? Year { get; init; }
    public int? DepartmentId { get; init; }
    public int? SystemNodeId { get; init; }
}

public sealed class ImportStandardInputType : InputObjectGraphType<ImportStandardInput>
{
    public ImportStandardInputType()
    {
        Name = "ImportStandardInput";
        Description = "要导入为草案的文件。A file to import as a draft.";
        Field<NonNullGraphType<StringGraphType>>("fileName").Description("文件名，如“DB3206-T-1001.docx”。File name.");
        Field<ImportFormatGraphType>("format").Description("文件格式，默认由文件名判断。Format; from the file name by default.");
        Field<NonNullGraphType<StringGraphType>>("content").Description("文件内容（Base64），不超过 10 MB。The file's bytes as base64, at most 10 MB.");
        Field<BooleanGraphType>("asRevision").Description(
            "编号已存在时导入为其新版本草案。Import as a new draft edition of the existing standard with the file's code.");
        Field<IntGraphType>("year").Description("草案年份，默认取编号中的年份。Year of the draft; from the code by default.");
        Field<IdGraphType>("departmentId").Description("主管部门，覆盖文件中的部门；Word 新标准必填。Department; required for a new standard from Word.")
            .AsKeyOf(DepartmentGraphType.Node.TypeName);
        Field<IdGraphType>("systemNodeId").Description("标准体系节点；Word 新标准必填。Standard system node; required for a new standard from Word.")
            .AsKeyOf(SystemNodeGraphType.Node.TypeName);
    }
}
