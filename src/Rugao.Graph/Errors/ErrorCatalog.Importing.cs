namespace Rugao.Graph.Errors;

/// <summary>Importing a standard from a file, and the report entries for content left out.</summary>
public static partial class ErrorCatalog
{
    public static readonly ErrorCode ImportFileEmpty = ErrorCode.Define("IMPORT_FILE_EMPTY", "文件为空。The file is empty.");

    public static readonly ErrorCode ImportFileTooLarge = ErrorCode.Define("IMPORT_FILE_TOO_LARGE",
        "文件过大（{0} KB），上限为 {1} MB。The file is too large ({0} KB); the limit is {1} MB.");

    public static readonly ErrorCode ImportFileUnreadable = ErrorCode.Define("IMPORT_FILE_UNREADABLE", "无法读取文件：{0}。The file cannot be read: {1}.");
    public static readonly ErrorCode ImportContentNotBase64 = ImportFileUnreadable.Variant(
        "content 不是有效的 Base64 文本。'content' is not valid base64.");

    public static readonly ErrorCode ImportFormatUnknown = ErrorCode.Define("IMPORT_FORMAT_UNKNOWN",
        "无法判断文件格式：请给出 format，或使用 .docx、.yaml、.yml 文件名。Cannot tell the file's format: give 'format' or a file name ending in .docx, .yaml or .yml.");

    public static readonly ErrorCode ImportNoClauses = ErrorCode.Define("IMPORT_NO_CLAUSES",
        "文件中没有可导入的条款（未找到编号为 1 或附录 A 的章）。The file holds no clause that could be imported (no chapter 1 or appendix A was found).");

    public static readonly ErrorCode ImportCodeMissing = ErrorCode.Define("IMPORT_CODE_MISSING",
        "文件开头和文档属性中都没有标准编号。Neither the first paragraphs nor the document properties give a standard code.");

    public static readonly ErrorCode ImportTitleMissing = ErrorCode.Define("IMPORT_TITLE_MISSING",
        "文件中没有标准名称。The file gives no title for the standard.");

    public static readonly ErrorCode ImportYearMissing = ErrorCode.Define("IMPORT_YEAR_MISSING",
        "编号不带年份，请给出 year。The code has no year; give 'year'.");

    public static readonly ErrorCode ImportStandardUnknown = ErrorCode.Define("IMPORT_STANDARD_UNKNOWN",
        "没有编号为“{0}”的标准可以修订。There is no standard '{0}' to revise.");

    public static readonly ErrorCode ImportDepartmentUnknown = ErrorCode.Define("IMPORT_DEPARTMENT_UNKNOWN",
        "没有代码为“{0}”的部门。There is no department with the code '{0}'.");

    public static readonly ErrorCode ImportSystemNodeUnknown = ErrorCode.Define("IMPORT_SYSTEM_NODE_UNKNOWN",
        "没有代码为“{0}”的体系节点。There is no standard system node with the code '{0}'.");

    public static readonly ErrorCode InvalidImportFile = ErrorCode.Define("INVALID_IMPORT_FILE", "文件第 {0} 行有误。Line {0}: {1}.");

    public static readonly ErrorCode ImportUnderUnplacedClause = ErrorCode.Define("IMPORT_UNDER_UNPLACED_CLAUSE",
        "所属条款未能导入。The clause this text belongs to could not be placed.");

    public static readonly ErrorCode ImportClauseLimit = ErrorCode.Define("IMPORT_CLAUSE_LIMIT", "草案最多 {0} 个条目。A draft holds at most {0} entries.");

    public static readonly ErrorCode ImportTextTooLong = ErrorCode.Define("IMPORT_TEXT_TOO_LONG",
        "标题不能超过 {0} 字，正文不能超过 {1} 字。A heading takes at most {0} characters, a text {1}.");

    public static readonly ErrorCode ImportHeadingUnnumbered = ErrorCode.Define("IMPORT_HEADING_UNNUMBERED",
        "条款中的标题没有编号，无法归位。A heading without a number inside the clauses has no place in the tree.");
}
