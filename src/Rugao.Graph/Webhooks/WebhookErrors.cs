using Rugao.Graph.Editing;

namespace Rugao.Graph.Webhooks;

/// <summary>Stable codes of the user errors of registering and changing webhooks.</summary>
public static class WebhookErrors
{
    public const string UrlInvalid = "URL_INVALID";
    public const string NameTaken = "NAME_TAKEN";
    public const string CursorInvalid = "CURSOR_INVALID";
    public const string AlreadyInactive = "ALREADY_INACTIVE";

    internal static UserError InvalidUrl(params string[] path) => UserError.At(UrlInvalid,
        "须为完整的 http 或 https 地址，如 https://example.org/hooks/rugao。"
        + "Give an absolute http or https URL, e.g. https://example.org/hooks/rugao.", path);

    internal static UserError NameInUse(string name, params string[] path) => UserError.At(NameTaken,
        $"名称“{name}”已被使用。The name '{name}' is already taken.", path);

    internal static UserError InvalidCursor(params string[] path) => UserError.At(CursorInvalid,
        "游标无效或超出变更日志末尾。The cursor is malformed or lies beyond the end of the change log.", path);

    internal static UserError Inactive(params string[] path) => UserError.At(AlreadyInactive,
        "该回调已停用。The webhook is already inactive.", path);
}
