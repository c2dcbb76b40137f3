using GraphQL.Types;
using Rugao.Graph.Importing;

namespace Rugao.Graph.Server.Schema.Importing;

public sealed class ImportReportEntryGraphType : ObjectGraphType<ImportReportEntry>
{
    public ImportReportEntryGraphType()
    {
        Name = "ImportReportEntry";
        Description = "文件中未能导入的一段。A paragraph of the file that was left out of the draft.";
        Field<NonNullGraphType<IntGraphType>>("paragraph").Description("段落序号（从 0 起）。Paragraph index, from 0.")
            .Resolve(c => c.Source.Paragraph);
        Field<NonNullGraphType<StringGraphType>>("excerpt").Description("段落开头的文字。The start of its text.")
            .Resolve(c => c.Source.Excerpt);
        Field<NonNullGraphType<StringGraphType>>("code").Description("原因代码，如 CLAUSE_PARENT_MISSING。Reason code.")
            .Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("message").Description("原因（中文，然后英文）。Reason, Chinese then English.")
            .Resolve(c => c.Source.Message);
    }
}
