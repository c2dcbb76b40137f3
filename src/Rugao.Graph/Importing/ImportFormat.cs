namespace Rugao.Graph.Importing;

/// <summary>导入文件格式 — what an import file is written in.</summary>
public enum ImportFormat
{
    /// <summary>The seed standard file format (<c>seed/standards/*.yaml</c>).</summary>
    Yaml,

    /// <summary>A Word document (Office Open XML).</summary>
    Docx,
}
