namespace Rugao.Graph.Errors;

/// <summary>Codes any edit can return.</summary>
public static partial class ErrorCatalog
{
    public static readonly ErrorCode Conflict = ErrorCode.Define("CONFLICT",
        "数据已被他人修改，请刷新后重试。Someone else changed this since you read it; reload and try again.");

    public static readonly ErrorCode NotFound = ErrorCode.Define("NOT_FOUND", "未找到该{0}。No such {0}.");

    public static readonly ErrorCode Required = ErrorCode.Define("REQUIRED", "此项必填。This field is required.");
    public static readonly ErrorCode DepartmentRequiredForWord = Required.Variant(
        "Word 文件不含主管部门，请给出 departmentId。A Word file names no department; give 'departmentId'.");
    public static readonly ErrorCode SystemNodeRequiredForWord = Required.Variant(
        "Word 文件不含标准体系节点，请给出 systemNodeId。A Word file names no standard system node; give 'systemNodeId'.");

    public static readonly ErrorCode TooLong = ErrorCode.Define("TOO_LONG", "不能超过 {0} 个字符。At most {0} characters.");

    public static readonly ErrorCode VersionPublished = ErrorCode.Define("VERSION_PUBLISHED", "已发布的版本不可更改。A published version can never be changed.");
}
