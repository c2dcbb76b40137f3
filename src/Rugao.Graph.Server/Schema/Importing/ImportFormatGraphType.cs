using GraphQL.Types;
using Rugao.Graph.Importing;
using Rugao.Graph.Server.Schema.Common;

namespace Rugao.Graph.Server.Schema.Importing;

public sealed class ImportFormatGraphType : EnumerationGraphType
{
    public ImportFormatGraphType()
    {
        Name = "ImportFormat";
        Description = "导入文件格式。Format of an import file.";
        this.AddValues(
            (ImportFormat.Yaml, "示例数据的标准文件格式（YAML）。The seed standard file format (YAML)."),
            (ImportFormat.Docx, "Word 文档（.docx）。A Word document (.docx)."));
    }
}
