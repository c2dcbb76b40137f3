namespace Rugao.Graph.Editing;

/// <summary>Stable codes of user errors that any edit can return.</summary>
public static class EditErrors
{
    public const string Conflict = "CONFLICT";
    public const string NotFound = "NOT_FOUND";
    public const string Required = "REQUIRED";
    public const string TooLong = "TOO_LONG";
    public const string VersionPublished = "VERSION_PUBLISHED";

    public static UserError ConflictAt(params string[] path) => UserError.At(Conflict,
        "数据已被他人修改，请刷新后重试。Someone else changed this since you read it; reload and try again.", path);

    public static UserError NotFoundAt(string what, params string[] path) => UserError.At(NotFound,
        $"未找到该{what}。No such {what}.", path);

    public static UserError RequiredAt(params string[] path) => UserError.At(Required,
        "此项必填。This field is required.", path);

    public static UserError TooLongAt(int max, params string[] path) => UserError.At(TooLong,
        $"不能超过 {max} 个字符。At most {max} characters.", path);

    public static UserError VersionPublishedAt(params string[] path) => UserError.At(VersionPublished,
        "已发布的版本不可更改。A published version can never be changed.", path);
}
