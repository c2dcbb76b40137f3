using Rugao.Graph.Editing;

namespace Rugao.Graph.Importing;

/// <summary>Stable codes of the user errors of an import, and of the report entries for content left out.</summary>
public static class ImportErrors
{
    public const string FileEmpty = "IMPORT_FILE_EMPTY";
    public const string FileTooLarge = "IMPORT_FILE_TOO_LARGE";
    public const string FormatUnknown = "IMPORT_FORMAT_UNKNOWN";
    public const string FileUnreadable = "IMPORT_FILE_UNREADABLE";
    public const string FileInvalid = "IMPORT_FILE_INVALID";
    public const string NoClauses = "IMPORT_NO_CLAUSES";
    public const string CodeMissing = "IMPORT_CODE_MISSING";
    public const string TitleMissing = "IMPORT_TITLE_MISSING";
    public const string YearMissing = "IMPORT_YEAR_MISSING";
    public const string DepartmentUnknown = "IMPORT_DEPARTMENT_UNKNOWN";
    public const string SystemNodeUnknown = "IMPORT_SYSTEM_NODE_UNKNOWN";
    public const string StandardUnknown = "IMPORT_STANDARD_UNKNOWN";

    /// <summary>Report entry: text that follows a clause which could not be placed, so it has nowhere to go.</summary>
    public const string UnderUnplacedClause = "IMPORT_UNDER_UNPLACED_CLAUSE";

    /// <summary>Report entry: a heading without a number inside the clauses (参考文献, 索引 …).</summary>
    public const string HeadingUnnumbered = "IMPORT_HEADING_UNNUMBERED";

    /// <summary>Report entry: the draft already holds <see cref="ImportLimits.MaxClauses"/> entries.</summary>
    public const string ClauseLimit = "IMPORT_CLAUSE_LIMIT";

    /// <summary>Report entry: a heading or text longer than a draft allows.</summary>
    public const string TextTooLong = "IMPORT_TEXT_TOO_LONG";

    internal static UserError Empty() => UserError.At(FileEmpty, "文件为空。The file is empty.", "content");

    public static UserError TooLarge(long bytes) => UserError.At(FileTooLarge,
        $"文件过大（{bytes / 1024} KB），上限为 {ImportLimits.MaxBytes / 1024 / 1024} MB。"
        + $"The file is too large ({bytes / 1024} KB); the limit is {ImportLimits.MaxBytes / 1024 / 1024} MB.", "content");

    public static UserError NotBase64() => UserError.At(FileUnreadable,
        "content 不是有效的 Base64 文本。'content' is not valid base64.", "content");

    internal static UserError UnknownFormat() => UserError.At(FormatUnknown,
        "无法判断文件格式：请给出 format，或使用 .docx、.yaml、.yml 文件名。"
        + "Cannot tell the file's format: give 'format' or a file name ending in .docx, .yaml or .yml.", "format");

    internal static UserError Unreadable(string chinese, string english) => UserError.At(FileUnreadable,
        $"无法读取文件：{chinese}。The file cannot be read: {english}.", "content");

    internal static UserError NothingPlaced() => UserError.At(NoClauses,
        "文件中没有可导入的条款（未找到编号为 1 或附录 A 的章）。"
        + "The file holds no clause that could be imported (no chapter 1 or appendix A was found).", "content");

    internal static UserError NoCode() => UserError.At(CodeMissing,
        "文件开头和文档属性中都没有标准编号。Neither the first paragraphs nor the document properties give a standard code.",
        "content");

    internal static UserError NoTitle() => UserError.At(TitleMissing,
        "文件中没有标准名称。The file gives no title for the standard.", "content");

    internal static UserError NoYear() => UserError.At(YearMissing,
        "编号不带年份，请给出 year。The code has no year; give 'year'.", "year");
}
